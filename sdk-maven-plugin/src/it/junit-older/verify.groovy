// The project's tests ran under its own JUnit 5.11.4: both, and both passed (the snapshot test compared the
// committed src/test/snapshots/spark-pi.yaml; on CI a missing snapshot fails, it is never written).
def log = new File(basedir, 'build.log').text
assert !log.contains('OutputDirectoryCreator')
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0') : 'the two tests did not both run and pass'
assert log.contains('Running com.example.jobs.SparkPiTest')
// Only the project's JUnit is on the test classpath.
def report = new File(basedir, 'target/surefire-reports/TEST-com.example.jobs.SparkPiTest.xml').text
assert report.contains('junit-jupiter-api-5.11.4.jar')
assert !(report =~ /junit-jupiter-api-5\.1[2-9]/)
true
