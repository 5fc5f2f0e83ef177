// The Apache operator's kinds went through render, validate and check-format without a finding.
def log = new File(basedir, 'build.log').text
def rendered = new File(basedir, 'target/sparkapp/apache-pi.yaml')
assert rendered.isFile() : 'render wrote no target/sparkapp/apache-pi.yaml'
// The samples module's reviewed snapshot of the same application (its apache-pi sample, less one sparkConf entry).
assert rendered.text == new File(basedir, 'expected/apache-pi.yaml').text
def text = rendered.text
assert text.startsWith('apiVersion: spark.apache.org/v1\nkind: SparkApplication\n')
// The presets sit in Spark's containers of the operator's templates, their ports pinned in sparkConf.
assert text.contains('  driverSpec:\n    podTemplateSpec:\n      spec:\n        containers:\n        - livenessProbe:')
assert text.contains('          name: spark-kubernetes-driver\n          startupProbe:\n')
assert text.contains('            tcpSocket:\n              port: 7079\n')
assert text.contains('    spark.ui.port: "4040"\n') && text.contains('    spark.blockManager.port: "7079"\n')
// The operator substitutes the placeholder itself: kept as written.
assert text.contains('    spark.kubernetes.container.image: "apache/spark:{{SPARK_VERSION}}-scala"\n')
assert log.contains('[INFO] sparkapp render: wrote target/sparkapp/apache-pi.yaml')
// validate and check-format ran over the SparkCluster and the v1beta1 SparkApplication and found nothing.
assert log.contains(':validate (default)') && log.contains(':check-format (default)')
assert !log.contains('[ERROR]') && !log.contains('[WARNING] src/main/k8s') && !log.contains('[WARNING] com.example')
assert new File(basedir, 'target/sparkapp-stamps/validate.stamp').isFile()
assert new File(basedir, 'target/sparkapp-stamps/check-format.stamp').isFile()
// Build 2: nothing changed, so every goal skipped its work.
assert log.contains('sparkapp validate: manifests unchanged since the last clean run')
assert log.contains('sparkapp check-format: nothing to check or unchanged since the last clean run')
assert log.contains('[INFO] sparkapp render: up to date: target/sparkapp holds what the unchanged classpath and settings give')
true
