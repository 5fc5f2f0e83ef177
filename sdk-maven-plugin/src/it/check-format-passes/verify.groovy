// A commented YAML manifest in canonical form and a canonical JSON manifest pass check-format.
def log = new File(basedir, 'build.log').text
assert !log.contains('is not in canonical form') : 'check-format refused a formatted file'
assert new File(basedir, 'target/sparkapp-stamps/check-format.stamp').exists()
true
