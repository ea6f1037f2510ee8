//! dataetik: turns a municipality's data-ethics policy into everyday engineering practice.
//!
//! Data flows one way: [`load`] (YAML with source spans) -> [`model`] (typed assessment) ->
//! [`policy`] (rules as data) and [`risk`] -> [`check`] (findings) -> [`output`] (human, JSON,
//! JUnit, SARIF, GitHub annotations) and [`report`] (the annual report).

pub mod bias;
pub mod check;
pub mod cpr;
pub mod editor;
pub mod explain;
pub mod formats;
pub mod fsutil;
pub mod git;
pub mod history;
pub mod i18n;
pub mod lix;
pub mod load;
pub mod migrate;
pub mod model;
pub mod output;
pub mod policy;
pub mod publish;
pub mod register;
pub mod risk;
pub mod rules;
pub mod scaffold;
pub mod schema;
pub mod supplier;
pub mod v2text;
pub mod version;
