// The build failed because of the manifests, and the log says where: one FILE:LINE:COL line per violation,
// the same lines `sparkapp validate` prints.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/k8s/spark-pi.yaml:10:5: error: spec.driver.cores: ') :
    'no line for the driver\'s 0 cores'
assert log =~ /\[ERROR\] src\/main\/k8s\/typo\.yaml:49:3: error: spec\.sparkVerison: unknown field 'sparkVerison'.*\[read\]/ :
    'no line for the misspelt field'
// every field error of one document in one run, each on its own line, the column at the wrong value
assert log.contains("[ERROR] src/main/k8s/typo.yaml:39:16: error: spec.executor.instances: expected an integer, found the string 'two' [read]") :
    'no line for the executor instances written as a string'
assert log.contains('sparkapp validate: 2 files checked: 3 errors, 0 warnings, 0 documents skipped')
assert !new File(basedir, 'target/sparkapp-stamps/validate.stamp').exists()
true
