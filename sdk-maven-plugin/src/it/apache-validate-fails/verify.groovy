// The build failed because of the Apache manifests, and the log says where: one FILE:LINE:COL line per
// violation with the field's path, the same lines `sparkapp validate` prints.
def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] src/main/k8s/pi.yaml:11:22: error: spec.applicationTolerations.restartConfig.restartPolicy: "
    + "invalid value 'Sometimes'; expected one of ['Always', 'Never', 'OnFailure', 'OnInfrastructureFailure'] [read]") :
    'no line for the restart policy the CRD does not list'
assert log.contains("[ERROR] src/main/k8s/pi.yaml:13:33: error: spec.applicationTolerations.applicationTimeoutConfig."
    + "driverReadyTimeoutMillis: expected an integer, found the string 'soon' [read]") :
    'no line for the timeout written as a word'
assert log.contains('[ERROR] src/main/k8s/qa-cluster.yaml:10:7: error: spec.clusterTolerations.instanceConfig.minWorkers: '
    + 'minWorkers (3) is greater than maxWorkers (1): make minWorkers at most maxWorkers [apache-worker-bounds]') :
    'no line for the SparkCluster\'s worker bounds'
assert log.contains('sparkapp validate: 2 files checked: 3 errors, 0 warnings, 0 documents skipped')
assert !new File(basedir, 'target/sparkapp-stamps/validate.stamp').exists()
true
