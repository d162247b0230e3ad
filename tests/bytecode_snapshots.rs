//! Bytecode snapshots: one tiny program per construct under `tests/bytecode/`, its
//! disassembly stored under `tests/snapshots/`. Each snapshot was compared with
//! `python3 -m dis` for the same source; the expected differences are the ones
//! documented in `src/bytecode/opcode.rs` (no CACHE/PRECALL/MAKE_CELL/COPY_FREE_VARS/
//! RETURN_GENERATOR, absolute jump targets, forward-only conditional jumps).

fn dis_of(name: &str) -> String {
    let path = format!("{}/tests/bytecode/{}.py", env!("CARGO_MANIFEST_DIR"), name);
    let source = std::fs::read_to_string(&path).expect("fixture exists");
    let filename = format!("{}.py", name);
    match minipy::compiler::compile_source(&source, minipy::ast::Mode::Exec, &filename) {
        Ok(code) => minipy::bytecode::dis::disassemble(&code),
        Err(e) => format!("error: {}", e.render()),
    }
}

macro_rules! snapshots {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                insta::assert_snapshot!(stringify!($name), dis_of(stringify!($name)));
            }
        )*
    };
}

snapshots! {
    annassign_function,
    annassign_module,
    assert_stmt,
    assign_attr_subscr,
    assign_chain,
    assign_nested_unpack,
    assign_simple,
    assign_star_unpack,
    assign_tuple_unpack,
    async_comprehension,
    async_def_await,
    async_for,
    async_generator,
    async_genexp,
    async_with,
    attribute,
    augassign_attr,
    augassign_global_in_def,
    augassign_name,
    augassign_subscr,
    binops,
    boolops,
    break_in_finally_block,
    break_in_finally_body,
    call_global_in_function,
    call_keywords,
    call_method,
    call_method_imported,
    call_mixed_star,
    call_simple,
    call_star_args,
    call_star_kwargs,
    chained_attr_assign,
    class_annotations,
    class_bases_kw,
    class_comprehension_scope,
    class_decorator,
    class_docstring,
    class_freevar_classderef,
    class_private,
    class_simple,
    class_super,
    closure,
    closure_param_cell,
    comp_closure,
    compare_chain,
    compare_chain_if,
    compare_simple,
    const_folding,
    continue_in_try_finally,
    debug_const,
    def_annotations,
    def_decorators,
    def_defaults,
    def_docstring,
    def_kwonly,
    def_posonly,
    def_simple,
    del_local_and_cell,
    delete,
    dict_display,
    dict_unpack,
    dictcomp,
    dictcomp_if,
    docstring_module,
    ellipsis_bytes_float,
    for_const_list,
    for_else_break,
    for_loop,
    for_tuple_target,
    fstring_conversion_spec,
    fstring_simple,
    fstring_single,
    future_annotations,
    generator,
    genexp,
    global_module_level,
    global_stmt,
    if_elif_else,
    if_is_none,
    if_not_and_or,
    ifexp,
    import_as,
    import_from,
    import_relative,
    import_simple,
    import_star,
    interactive_style_exprs,
    lambda_closure,
    lambda_defaults,
    lambda_simple,
    list_display,
    listcomp,
    listcomp_if_nested,
    multiline_call,
    nested_functions_qualname,
    nested_loops_continue,
    nonlocal_stmt,
    not_in_compare,
    pass_global,
    percent_format,
    raise_from,
    raise_stmt,
    return_in_except,
    return_in_finally_block,
    return_in_finally_body,
    return_none,
    return_tuple,
    set_display,
    set_in_const,
    setcomp,
    starred_call_only,
    starred_display,
    subscript_const_fold,
    subscript_slice,
    try_except,
    try_except_as,
    try_except_else,
    try_except_finally,
    try_except_multi,
    try_finally,
    try_nested,
    tuple_display,
    unary,
    unpack_in_for_star,
    walrus,
    walrus_comprehension,
    while_complex_condition,
    while_continue,
    while_else,
    while_loop,
    while_true,
    with_as,
    with_break,
    with_in_except,
    with_multiple,
    with_return,
    with_simple,
    yield_from,
    yield_in_try,
}

fn dis_source(source: &str, mode: minipy::ast::Mode) -> String {
    match minipy::compiler::compile_source(source, mode, "<stdin>") {
        Ok(code) => minipy::bytecode::dis::disassemble(&code),
        Err(e) => format!("error: {}", e.render()),
    }
}

#[test]
fn interactive_expression_prints() {
    insta::assert_snapshot!("interactive_expression_prints", dis_source("x + 1\n", minipy::ast::Mode::Single));
}

#[test]
fn interactive_nested_expression_prints() {
    insta::assert_snapshot!(
        "interactive_nested_expression_prints",
        dis_source("if x:\n    y\n", minipy::ast::Mode::Single)
    );
}

#[test]
fn interactive_def_body_does_not_print() {
    insta::assert_snapshot!(
        "interactive_def_body_does_not_print",
        dis_source("def f():\n    y\n", minipy::ast::Mode::Single)
    );
}

#[test]
fn eval_conditional_expression() {
    insta::assert_snapshot!("eval_conditional_expression", dis_source("a if b else c", minipy::ast::Mode::Eval));
}
