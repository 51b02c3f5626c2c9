"""xDSL module -> textual LLVM IR (opaque pointers), through llvmlite.

Ops xDSL's own LLVM backend (`xdsl.backend.llvm`) converts are handed to it;
this module adds globals with aggregate initializers, the `guacc` dialect,
intrinsic calls with fast-math flags, value names, and verification.
"""

from __future__ import annotations

import llvmlite.binding as llvm_binding
from llvmlite import ir
from llvmlite.ir import instructions
from xdsl.backend.llvm.convert_op import convert_op as xdsl_convert_op
from xdsl.backend.llvm.convert_type import convert_type
from xdsl.dialects import llvm
from xdsl.dialects.builtin import (
    ArrayAttr,
    BytesAttr,
    FloatAttr,
    IntegerAttr,
    ModuleOp,
    StringAttr,
    SymbolRefAttr,
)
from xdsl.ir import Attribute, Block, Operation, SSAValue

from ..diagnostics import GuaccError
from ..dialects import guacc

_INIT_DONE = False


def _init_llvm() -> None:
    global _INIT_DONE
    if not _INIT_DONE:
        llvm_binding.initialize_native_target()
        llvm_binding.initialize_native_asmprinter()
        _INIT_DONE = True


class _RawInstr(instructions.Instruction):
    """An instruction llvmlite's builder lacks, printed as `op type operands`."""


class _Poison(ir.Constant):
    """LLVM's `poison`; llvmlite only knows `undef`."""

    def __init__(self, ty: ir.Type):
        super().__init__(ty, None)

    def get_reference(self) -> str:
        return "poison"

    def _to_string(self) -> str:
        return f"{self.type} poison"


def _poison(ty: ir.Type) -> ir.Constant:
    return _Poison(ty)


# ----------------------------------------------------------------- globals
def _initializer(attr: Attribute, ty: ir.Type, module: ir.Module) -> ir.Constant:
    match attr:
        case guacc.ZeroInitAttr():
            return ir.Constant(ty, None)
        case guacc.UndefInitAttr():
            return ir.Constant(ty, ir.Undefined)
        case IntegerAttr():
            return ir.Constant(ty, attr.value.data)
        case FloatAttr():
            return ir.Constant(ty, attr.value.data)
        case BytesAttr():
            return ir.Constant(ty, bytearray(attr.data))
        case SymbolRefAttr():
            return module.get_global(attr.root_reference.data)
        case ArrayAttr():
            if isinstance(ty, ir.ArrayType):
                elem_types = [ty.element] * ty.count
            elif isinstance(ty, ir.VectorType):
                elem_types = [ty.element] * ty.count
            else:
                elem_types = list(ty.elements)
            return ir.Constant(ty, [_initializer(a, t, module) for a, t in zip(attr.data, elem_types)])
    raise GuaccError(f"cannot print global initializer {attr}")


def _declare_global(op: llvm.GlobalOp, module: ir.Module) -> ir.GlobalVariable:
    gv = ir.GlobalVariable(module, convert_type(op.global_type), op.sym_name.data)
    linkage = op.linkage.linkage.data
    gv.linkage = "" if linkage == "external" else linkage
    gv.global_constant = op.constant is not None
    if op.alignment is not None:
        gv.align = op.alignment.value.data
    if op.section is not None:
        gv.section = op.section.data
    if op.unnamed_addr is not None and op.unnamed_addr.value.data == 2:
        gv.unnamed_addr = True
    return gv


# ----------------------------------------------------------------- functions
_ARG_FLAGS = {"llvm.zeroext": "zeroext", "llvm.signext": "signext", "llvm.noalias": "noalias",
              "llvm.nonnull": "nonnull", "llvm.inreg": "inreg"}


def _declare_function(op: llvm.FuncOp, module: ir.Module) -> ir.Function:
    fty = op.function_type
    fn = ir.Function(
        module,
        ir.FunctionType(convert_type(fty.output), [convert_type(t) for t in fty.inputs.data], var_arg=fty.is_variadic),
        op.sym_name.data,
    )
    linkage = op.linkage.linkage.data
    fn.linkage = "" if linkage == "external" else linkage
    if op.CConv.cconv_name != "ccc":
        fn.calling_convention = op.CConv.cconv_name
    if op.arg_attrs is not None:
        for arg, attrs in zip(fn.args, op.arg_attrs.data):
            for key in attrs.data:
                if key in _ARG_FLAGS:
                    arg.add_attribute(_ARG_FLAGS[key])
    if op.no_inline is not None:
        fn.attributes.add("noinline")
    return fn


def _make_opaque(value: ir.Value | None) -> None:
    """llvmlite still types pointers it creates (alloca of [16 x i32] is
    `[16 x i32]*`) and checks call arguments against them; LLVM's are opaque."""
    if isinstance(value, ir.Value) and not isinstance(value, ir.Function):
        ty = getattr(value, "type", None)
        if isinstance(ty, ir.PointerType) and not ty.is_opaque:
            value.type = ir.PointerType(addrspace=ty.addrspace)


def _dominance_order(blocks: list[Block]) -> list[Block]:
    """Reverse post-order from the entry (definitions before uses), then the
    unreachable blocks; LLVM text order need not follow dominance."""
    seen = {blocks[0]}
    post: list[Block] = []
    stack = [(blocks[0], 0)]
    while stack:
        block, i = stack.pop()
        succs = block.last_op.successors if block.last_op is not None else ()
        if i < len(succs):
            stack.append((block, i + 1))
            if succs[i] not in seen:
                seen.add(succs[i])
                stack.append((succs[i], 0))
        else:
            post.append(block)
    return post[::-1] + [b for b in blocks if b not in seen]


class _FunctionConverter:
    def __init__(self, op: llvm.FuncOp, fn: ir.Function):
        self.op = op
        self.fn = fn
        self.val_map: dict[SSAValue, ir.Value] = {}
        self.block_map: dict[Block, ir.Block] = {}

    def run(self) -> None:
        blocks = list(self.op.body.blocks)
        for i, block in enumerate(blocks):
            self.block_map[block] = self.fn.append_basic_block(name=block.name_hint or "")
            if i == 0:
                for arg, ir_arg in zip(block.args, self.fn.args):
                    self.val_map[arg] = ir_arg
                    if arg.name_hint:
                        ir_arg.name = arg.name_hint
        for block in blocks[1:]:
            builder = ir.IRBuilder(self.block_map[block])
            for arg in block.args:
                self.val_map[arg] = builder.phi(convert_type(arg.type), name=arg.name_hint or "")
        for block in _dominance_order(blocks):
            ir_block = self.block_map[block]
            builder = ir.IRBuilder(ir_block)
            if ir_block.instructions:
                builder.position_after(ir_block.instructions[-1])
            for op in block.ops:
                self.convert(op, builder)

    def _add_incoming(self, dest: Block, values, source: ir.Block) -> None:
        for arg, val in zip(dest.args, values):
            self.val_map[arg].add_incoming(self.val_map[val], source)

    def convert(self, op: Operation, b: ir.IRBuilder) -> None:
        vm = self.val_map
        match op:
            case guacc.SwitchOp():
                src = self.block_map[op.parent_block()]
                self._add_incoming(op.default_destination, op.default_operands, src)
                sw = b.switch(vm[op.value], self.block_map[op.default_destination])
                for value, dest, operands in op.cases():
                    self._add_incoming(dest, operands, src)
                    sw.add_case(ir.Constant(vm[op.value].type, value), self.block_map[dest])
            case guacc.FreezeOp():
                instr = _RawInstr(b.block, vm[op.arg].type, "freeze", [vm[op.arg]])
                b._insert(instr)
                vm[op.res] = instr
            case guacc.PoisonOp():
                vm[op.res] = _poison(convert_type(op.res.type))
            case guacc.FPToSIOp():
                vm[op.result] = b.fptosi(vm[op.arg], convert_type(op.result.type))
            case guacc.FPToUIOp():
                vm[op.result] = b.fptoui(vm[op.arg], convert_type(op.result.type))
            case guacc.UIToFPOp():
                vm[op.result] = b.uitofp(vm[op.arg], convert_type(op.result.type))
            case guacc.ExtractElementOp():
                vm[op.res] = b.extract_element(vm[op.vector], vm[op.index])
            case guacc.PtrICmpOp():
                pred = op.predicate_name
                cmp = {"eq": "==", "ne": "!=", "slt": "<", "sle": "<=", "sgt": ">", "sge": ">=",
                       "ult": "<", "ule": "<=", "ugt": ">", "uge": ">="}[pred]
                fn = b.icmp_signed if pred[0] == "s" or pred in ("eq", "ne") else b.icmp_unsigned
                vm[op.res] = fn(cmp, vm[op.lhs], vm[op.rhs])
            case llvm.GEPOp():
                self._gep(op, b)
            case llvm.CallIntrinsicOp():
                self._intrinsic(op, b)
            case llvm.LoadOp():
                load = b.load(vm[op.ptr], typ=convert_type(op.dereferenced_value.type))
                if op.alignment is not None:
                    load.align = op.alignment.value.data
                vm[op.dereferenced_value] = load
            case llvm.StoreOp():
                # llvmlite's builder checks stores against typed pointees (an
                # alloca of [16 x i32] is `[16 x i32]*` to it); LLVM's are opaque.
                store = instructions.StoreInstr(b.block, vm[op.value], vm[op.ptr])
                store.align = op.alignment.value.data if op.alignment is not None else None
                b._insert(store)
            case llvm.ZeroOp():
                vm[op.res] = ir.Constant(convert_type(op.res.type), None)
            case _:
                xdsl_convert_op(op, b, vm, self.block_map)
        for result in op.results:
            value = vm.get(result)
            _make_opaque(value)
            if result.name_hint and isinstance(value, instructions.Instruction):
                value.name = result.name_hint

    def _gep(self, op: llvm.GEPOp, b: ir.IRBuilder) -> None:
        # xDSL's GEP conversion bitcasts the base first; with opaque pointers
        # that is a no-op instruction, so build the GEP directly.
        ssa = iter(op.ssa_indices)
        indices = [
            self.val_map[next(ssa)] if idx == llvm.GEP_USE_SSA_VAL else ir.Constant(ir.IntType(32), idx)
            for idx in op.rawConstantIndices.iter_values()
        ]
        self.val_map[op.result] = b.gep(
            self.val_map[op.ptr], indices, inbounds=op.inbounds is not None,
            source_etype=convert_type(op.elem_type),
        )

    def _intrinsic(self, op: llvm.CallIntrinsicOp, b: ir.IRBuilder) -> None:
        args = [self.val_map[a] for a in op.args]
        ret = convert_type(op.ress.type) if op.ress is not None else ir.VoidType()
        name = op.intrin.data
        module = b.module
        callee = module.globals.get(name)
        if callee is None:
            callee = ir.Function(module, ir.FunctionType(ret, [a.type for a in args]), name=name)
        flags = [f.value for f in op.fastmathFlags.data] if op.fastmathFlags.data else []
        result = b.call(callee, args, fastmath=tuple(flags))
        if op.ress is not None:
            self.val_map[op.ress] = result


# ----------------------------------------------------------------- module
def to_llvmlite(module: ModuleOp) -> ir.Module:
    """Convert a guacc module to an llvmlite IR module (not yet verified)."""
    _init_llvm()
    ir_module = ir.Module(name=_source_name(module))
    triple = module.attributes.get("llvm.target_triple")
    ir_module.triple = triple.data if isinstance(triple, StringAttr) else llvm_binding.get_default_triple()
    globals_: list[tuple[llvm.GlobalOp, ir.GlobalVariable]] = []
    funcs: list[tuple[llvm.FuncOp, ir.Function]] = []
    for op in module.ops:
        match op:
            case llvm.GlobalOp():
                globals_.append((op, _declare_global(op, ir_module)))
            case llvm.FuncOp():
                pass
            case _:
                raise GuaccError(f"cannot print top-level op '{op.name}' as LLVM IR")
    for op in module.ops:
        if isinstance(op, llvm.FuncOp):
            funcs.append((op, _declare_function(op, ir_module)))
    for _, gv in globals_:
        _make_opaque(gv)
    for op, gv in globals_:
        if op.value is not None:
            gv.initializer = _initializer(op.value, gv.value_type, ir_module)
    for op, fn in funcs:
        if op.body.blocks:
            _FunctionConverter(op, fn).run()
    return ir_module


def _source_name(module: ModuleOp) -> str:
    src = module.attributes.get("guacc.source_filename")
    return src.data if isinstance(src, StringAttr) else "guacc"


def print_ll(module: ModuleOp) -> str:
    """Textual LLVM IR of the module, checked by LLVM's parser and verifier and
    printed by LLVM itself (canonical numbering, attributes, intrinsic names)."""
    name = _source_name(module).replace("\\", "\\5C").replace('"', "\\22")
    # llvmlite prints no source_filename; without one LLVM records "<string>".
    ref = verify_ll(f'source_filename = "{name}"\n' + str(to_llvmlite(module)))
    ref.name = _source_name(module)
    return str(ref)


def verify_ll(text: str) -> llvm_binding.ModuleRef:
    """Parse and verify LLVM IR text with llvmlite; `GuaccError` if LLVM rejects it."""
    _init_llvm()
    try:
        ref = llvm_binding.parse_assembly(text)
        ref.verify()
    except RuntimeError as err:
        first = str(err).strip().splitlines()
        raise GuaccError(f"LLVM rejected the generated IR: {' '.join(first[:2])}") from None
    return ref

