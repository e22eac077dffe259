package city.academy.passport.imports.domain;

/** Receives a file's rows as they are read, in file order: each row either readable or a problem. */
public interface RowSink {
  void row(ImportRow row);

  void problem(RowProblem problem);
}
