//! The leak check: each behaviour program runs several times in one interpreter; after a
//! full collection the number of tracked objects must not grow from one run to the next
//! (the first run may fill caches: imports, interned names).

use minipy::vm::Interpreter;

fn tracked_after_collect(interp: &mut Interpreter) -> usize {
    interp.run_source("import gc\ngc.collect()\n", "<leak-check>");
    interp.tracked_objects()
}

#[test]
fn behaviour_programs_do_not_leak() {
    let mut paths: Vec<_> = std::fs::read_dir("tests/programs")
        .expect("tests/programs")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    paths.sort();
    let mut leaks = Vec::new();
    let mut interp = Interpreter::new(vec!["leak-check".into()]);
    interp.capture_stdout();
    interp.capture_stderr();
    for path in paths {
        let name = path.display().to_string();
        // Slow or process-level programs (threads, deep structures, exits, stdin).
        if ["deep", "thread", "exit", "stdin", "input", "fork", "spawn", "signal", "subprocess", "speed", "bench"].iter().any(|s| name.contains(s)) {
            continue;
        }
        // These grow state that lives in imported modules on purpose, by a constant per
        // run (ABC subclass registries, logging handlers, unittest/warnings registries,
        // threading's bookkeeping), which is not garbage.
        if ["lib2_abc", "lib2_collections_abc", "lib2_contextlib", "lib2_fractions", "lib2_inspect", "lib2_typing", "lib2_warnings", "lib3_", "thr_"]
            .iter()
            .any(|s| name.contains(s))
        {
            continue;
        }
        let Ok(src) = std::fs::read_to_string(&path) else { continue };
        let mut counts = Vec::new();
        for _ in 0..3 {
            interp.run_source(&src, &name);
            counts.push(tracked_after_collect(&mut interp));
            let _ = interp.take_captured_stdout();
            let _ = interp.take_captured_stderr();
        }
        if counts[2] > counts[1] {
            leaks.push(format!("{name}: {counts:?}"));
        }
    }
    assert!(leaks.is_empty(), "tracked objects grew between runs:\n{}", leaks.join("\n"));
}
