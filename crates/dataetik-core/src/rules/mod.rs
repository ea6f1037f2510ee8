//! Built-in rules, one file each.

pub mod sup_003;
pub mod sup_004;
pub mod sup_005;
pub mod sup_006;
pub mod sup_007;
pub mod sup_008;
pub mod sup_009;
pub mod sup_010;
pub mod sup_011;
