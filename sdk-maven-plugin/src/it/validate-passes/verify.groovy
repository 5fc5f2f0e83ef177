// Both goals ran over both manifests and found nothing: each recorded its clean run, and the build said nothing.
def log = new File(basedir, 'build.log').text
assert log.contains('sparkapp-maven-plugin:') && log.contains(':validate (default)')
assert log.contains(':check-format (default)')
assert !log.contains('[ERROR]') && !log.contains('[WARNING] src/main/k8s')
assert new File(basedir, 'target/sparkapp-stamps/validate.stamp').isFile()
assert new File(basedir, 'target/sparkapp-stamps/check-format.stamp').isFile()
// The second build: both goals skipped their work, since neither the files nor the settings changed.
assert log.contains('sparkapp validate: manifests unchanged since the last clean run')
assert log.contains('sparkapp check-format: nothing to check or unchanged since the last clean run')
true
