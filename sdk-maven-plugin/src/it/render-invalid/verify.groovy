// The build failed on what the project's code returned; the message names the class and the violation.
def log = new File(basedir, 'build.log').text
assert log.contains('sparkapp render: com.example.jobs.BrokenPi (broken-pi) returned invalid resources: error: spec.driver.cores: ')
assert !new File(basedir, 'target/sparkapp/broken-pi.yaml').exists()
true
