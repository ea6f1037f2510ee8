//! dataetik: turns a municipality's data-ethics policy into everyday engineering practice.
//!
//! Data flows one way: [`load`] (YAML with source spans) -> [`model`] (typed assessment) ->
//! [`policy`] (rules as data) -> [`check`] (findings) -> [`output`] and [`report`].

pub mod bias;
pub mod fsutil;
pub mod i18n;
