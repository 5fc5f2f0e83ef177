package dev.sparkapp.yaml;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sparkapp.core.SparkAppException;
import java.io.ByteArrayInputStream;

/**
 * Fuzzes reading and validating manifests: any exception other than the SDK's own
 * {@link SparkAppException} subtypes is a bug. A normal test run replays the seed corpus in
 * {@code src/test/resources/dev/sparkapp/yaml/ReadAndValidateFuzzTestInputs/readAndValidate/}; a fuzzing
 * session (up to {@code maxDuration}) runs with:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -B -pl sdk-yaml -am test -Dtest=ReadAndValidateFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>Findings are written beside the seeds as {@code crash-*} files and replayed by every later run.
 */
class ReadAndValidateFuzzTest {
  @FuzzTest(maxDuration = "30m")
  void readAndValidate(byte[] input) {
    for (SparkYaml yaml : new SparkYaml[] {SparkYaml.strict(), SparkYaml.lenient()}) {
      try {
        Manifest manifest = yaml.read(new ByteArrayInputStream(input), "<fuzz>");
        ManifestValidator.defaults().validate(manifest);
        manifest.resources().forEach(ManifestValidator.defaults().strict(true)::validate);
      } catch (SparkAppException expected) {
        // a typed, described failure: what malformed input must produce
      }
    }
  }
}
