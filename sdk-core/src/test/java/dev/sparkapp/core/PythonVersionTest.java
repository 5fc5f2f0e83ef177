package dev.sparkapp.core;

class PythonVersionTest extends CrdEnumContract<PythonVersion> {
  PythonVersionTest() {
    super(PythonVersion.class, PythonVersion::fromValue, PythonVersion::value,
        PythonVersion.V2, "2", PythonVersion.V3, "3");
  }
}
