// The build failed on the one manifest that is not in canonical form, and the log shows the diff to it.
def log = new File(basedir, 'build.log').text
assert log.contains('''[ERROR] src/main/k8s/spark-pi.yaml is not in canonical form:
--- src/main/k8s/spark-pi.yaml
+++ src/main/k8s/spark-pi.yaml (canonical)
@@ -1,6 +1,6 @@
 # the classic example
-kind: SparkApplication
 apiVersion: sparkoperator.k8s.io/v1beta2
+kind: SparkApplication
 metadata:
   name: spark-pi
   namespace: default
''')
assert log.contains('sparkapp check-format: 1 of 1 manifests are not in canonical form: src/main/k8s/spark-pi.yaml; rewrite them with sparkapp fmt -w FILE')
true
