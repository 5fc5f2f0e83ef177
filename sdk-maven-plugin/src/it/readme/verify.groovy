// The README's setup built a project with SparkConnect: all three goals ran and passed with its settings.
def log = new File(basedir, 'build.log').text
assert log.contains('prebuild: copied') || new File(basedir, 'pom.xml').text.contains('<artifactId>sparkapp-bom</artifactId>')
def pom = new File(basedir, 'pom.xml').text
assert pom.contains('<artifactId>sparkapp-bom</artifactId>') && pom.contains('<goal>render</goal>')
assert log.contains('BUILD SUCCESS')
assert log.contains(':validate (default)') && log.contains(':check-format (default)') && log.contains(':render (default)')
assert log.contains('[INFO] sparkapp render: wrote target/sparkapp/spark-connect.yaml')
assert !log.contains('needs spark-operator')
assert new File(basedir, 'target/sparkapp/spark-connect.yaml').text.contains('kind: SparkConnect')
// The project's dependencies resolved without a missing POM (Jackson aligned with fabric8's).
assert !log.contains('is missing, no dependency information available')
true
