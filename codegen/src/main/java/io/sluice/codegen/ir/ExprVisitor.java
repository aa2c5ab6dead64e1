package io.sluice.codegen.ir;

/** One method per IR node; codegen, the interpreter and printers implement it. */
public interface ExprVisitor<R> {
  R visitColumnRef(ColumnRef e);

  R visitLiteral(Literal e);

  R visitArithmetic(Arithmetic e);

  R visitNegate(Negate e);

  R visitComparison(Comparison e);

  R visitAnd(And e);

  R visitOr(Or e);

  R visitNot(Not e);

  R visitIsNull(IsNull e);

  R visitCast(Cast e);

  R visitCaseWhen(CaseWhen e);

  R visitIn(In e);

  R visitCall(Call e);
}
