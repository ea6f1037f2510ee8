//! Every built-in rule, once. Adding a rule: its file in this directory, one line here, its
//! texts in the policy (and a `Detail` with its words in the catalogue if it needs any).

use super::{
    acc_003, dig_004, equ_002, equ_003, equ_004, equ_006, gen_001, gen_002, gen_004, gen_005,
    gen_006, gen_007, gen_008, gen_009, gen_011, gen_012, gen_013, gen_014, gen_015, pub_001,
    sup_003, sup_004, sup_005, sup_006, sup_007, sup_008, sup_009, sup_010, sup_011, tra_007, Unit,
};

/// The built-in rules, one line each. They run in this order; register-wide findings are listed
/// in it (an empty register, GEN-011, is said before unassessed project directories, GEN-006).
pub static REGISTRY: &[&Unit] = &[
    &gen_001::UNIT,
    &gen_002::UNIT,
    &gen_004::UNIT,
    &gen_005::UNIT,
    &gen_007::UNIT,
    &gen_008::UNIT,
    &gen_009::UNIT,
    &gen_011::UNIT,
    &gen_006::UNIT,
    &gen_012::UNIT,
    &gen_013::UNIT,
    &gen_014::UNIT,
    &gen_015::UNIT,
    &tra_007::UNIT,
    &dig_004::UNIT,
    &equ_002::UNIT,
    &equ_003::UNIT,
    &equ_004::UNIT,
    &equ_006::UNIT,
    &acc_003::UNIT,
    &pub_001::UNIT,
    &sup_003::UNIT,
    &sup_004::UNIT,
    &sup_005::UNIT,
    &sup_006::UNIT,
    &sup_007::UNIT,
    &sup_008::UNIT,
    &sup_009::UNIT,
    &sup_010::UNIT,
    &sup_011::UNIT,
];
