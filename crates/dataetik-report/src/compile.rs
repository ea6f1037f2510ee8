//! Typst's compile loop for a paged document, holding one laid-out document at a time.
//!
//! Typst lays a document out until its introspections (page numbers, the table of contents,
//! counters) stop changing: the annual report takes three runs. `typst::compile` keeps every
//! earlier run's document alive until the end, though the next run needs only the earlier
//! run's introspector, which is built from the pages and holds no frames; and comemo's memo
//! tables keep the earlier run's pages while the next run lays every page out again. For a
//! large register each of those is hundreds of megabytes, so this loop keeps only the
//! introspectors and evicts what a run did not use before the next one. Otherwise it is
//! Typst's own loop (typst 0.15, `compile_impl`): the same evaluation, styles, convergence
//! check, delayed errors and warnings.

use std::sync::Arc;

use comemo::{Constraint, Track};
use typst::diag::{SourceDiagnostic, SourceResult, Warned};
use typst::ecow::EcoVec;
use typst::engine::{Engine, Route, Sink, Traced};
use typst::foundations::{StyleChain, Target, TargetElem};
use typst::introspection::{EmptyIntrospector, Introspector, MAX_ITERS};
use typst::syntax::Span;
use typst::utils::Protected;
use typst::World;
use typst_layout::{PagedDocument, PagedIntrospector};

/// Compiles the world's main file into a paged document, like `typst::compile`.
pub(crate) fn compile(world: &dyn World) -> Warned<SourceResult<PagedDocument>> {
    let mut sink = Sink::new();
    let output = compile_paged(world.track(), &mut sink).map_err(deduplicate);
    Warned {
        output,
        warnings: sink.warnings(),
    }
}

fn compile_paged(
    world: comemo::Tracked<dyn World + '_>,
    sink: &mut Sink,
) -> SourceResult<PagedDocument> {
    let library = world.library();
    let base = StyleChain::new(&library.styles);
    let target = TargetElem::target.set(Target::Paged).wrap();
    let styles = base.chain(&target);
    let traced = Traced::default();
    let traced = traced.track();

    let main = world.main();
    let main = world.source(main).map_err(|err| {
        EcoVec::from([SourceDiagnostic::error(Span::detached(), err.to_string())])
    })?;
    let content = typst_eval::eval(
        world,
        library,
        traced,
        sink.track_mut(),
        Route::default().track(),
        &main,
    )?
    .content();

    let empty = EmptyIntrospector;
    // The introspectors of the earlier runs, oldest first: all the next run (and the
    // non-convergence warnings) need of them.
    let mut history: Vec<Arc<PagedIntrospector>> = Vec::with_capacity(MAX_ITERS - 1);
    loop {
        let introspector: &dyn Introspector = match history.last() {
            Some(last) => last.as_ref(),
            None => &empty,
        };
        let constraint = Constraint::new();
        let mut subsink = Sink::new();
        let mut engine = Engine {
            library,
            world,
            introspector: Protected::new(introspector.track_with(&constraint)),
            traced,
            sink: subsink.track_mut(),
            route: Route::default(),
        };
        let document = typst_layout::layout_document(&mut engine, &content, styles)?;

        if constraint.validate(document.introspector().as_ref() as &dyn Introspector) {
            sink.extend_from_sink(subsink);
            return finish(sink, document);
        }

        if history.len() == MAX_ITERS - 1 {
            let mut introspectors = [&empty as &dyn Introspector; MAX_ITERS + 1];
            for (slot, earlier) in introspectors[1..MAX_ITERS].iter_mut().zip(&history) {
                *slot = earlier.as_ref();
            }
            introspectors[MAX_ITERS] = document.introspector().as_ref();
            let warnings =
                typst::introspection::analyze(world, introspectors, subsink.introspections());
            sink.extend_from_sink(subsink);
            for warning in warnings {
                sink.warn(warning);
            }
            return finish(sink, document);
        }

        // The pages go here; the introspector built from them stays for the next run.
        history.push(Arc::clone(document.introspector()));
        drop(document);
        // Memoised layouts that this run did not use are of no use to the next one, which lays
        // out against this run's introspector. Dropping them keeps the memo tables at about one
        // run's size instead of growing with every run (1,200 to 1,065 MB at the peak for the
        // 300-project report, and faster); what this run used stays.
        comemo::evict(1);
    }
}

/// Errors delayed during layout become fatal once the layout has settled.
fn finish(sink: &mut Sink, document: PagedDocument) -> SourceResult<PagedDocument> {
    let delayed = sink.delayed();
    if delayed.is_empty() {
        Ok(document)
    } else {
        Err(delayed)
    }
}

/// The same error reported at the same place once, as `typst::compile` does.
fn deduplicate(mut diags: EcoVec<SourceDiagnostic>) -> EcoVec<SourceDiagnostic> {
    let mut seen = std::collections::HashSet::new();
    diags.retain(|diag| seen.insert(typst::utils::hash128(&(&diag.span, &diag.message))));
    diags
}

#[cfg(test)]
mod tests {
    use typst::diag::Severity;
    use typst_as_lib::TypstEngine;

    use super::*;

    /// Runs `f` on a world whose main file is `source`, with the bundled fonts.
    fn with_world<R>(source: &str, f: impl FnOnce(&dyn World) -> R) -> R {
        let engine = TypstEngine::builder()
            .main_file(("/main.typ", source.to_string()))
            .fonts(typst_assets::fonts())
            .build();
        let world = engine.world_builder().build().expect("a world");
        f(&world)
    }

    /// Compiles `source` through this loop and through `typst::compile`.
    fn both(source: &str) -> (SourceResult<PagedDocument>, SourceResult<PagedDocument>) {
        with_world(source, |world| {
            (
                compile(world).output,
                typst::compile::<PagedDocument>(world).output,
            )
        })
    }

    fn pdf(doc: &PagedDocument) -> Vec<u8> {
        typst_pdf::pdf(doc, &typst_pdf::PdfOptions::default()).expect("PDF export")
    }

    /// A table of contents that fills in over runs, page numbers counted from the end, and a
    /// reference: the document needs three runs, and the result is Typst's own, byte for byte.
    #[test]
    fn a_document_that_needs_several_runs_comes_out_as_typst_makes_it() {
        let source = r#"
#set page(height: 8cm, footer: context [#counter(page).get().first() / #counter(page).final().first()])
#set heading(numbering: "1.1")
#outline()
#for i in range(1, 40) [
  #heading[Section #i] #label("s" + str(i))
  See @s1. #lorem(30)
]
"#;
        let (ours, typst) = both(source);
        let (ours, typst) = (ours.expect("compiles"), typst.expect("compiles"));
        assert!(ours.pages().len() > 10);
        assert_eq!(ours.pages().len(), typst.pages().len());
        assert_eq!(pdf(&ours), pdf(&typst));
    }

    /// An error that only shows once the layout has settled (a reference to a label nowhere in
    /// the document) still stops the compile, with the same message as Typst's.
    #[test]
    fn delayed_errors_become_errors() {
        let (ours, typst) = both("= Start\nSee @nowhere.\n");
        let message = |r: SourceResult<PagedDocument>| match r {
            Ok(_) => panic!("the reference to a missing label compiled"),
            Err(diags) => diags
                .iter()
                .map(|d| d.message.to_string())
                .collect::<Vec<_>>(),
        };
        let ours = message(ours);
        assert_eq!(ours, message(typst));
        assert!(ours[0].contains("nowhere"), "{ours:?}");
    }

    /// A document that never settles ends after five runs with Typst's warning, not in a loop.
    #[test]
    fn a_document_that_never_settles_ends_with_a_warning() {
        // Each run sets the counter to one more than its final value in the run before.
        let source = "#let c = counter(\"c\")\n#context c.update(c.final().first() + 1)\n#context c.final().first()\n";
        let warned = with_world(source, compile);
        if let Err(errors) = &warned.output {
            panic!("{errors:?}");
        }
        assert!(
            warned
                .warnings
                .iter()
                .any(|w| w.severity == Severity::Warning && w.message.contains("converge")),
            "{:?}",
            warned.warnings
        );
    }
}
