// The builds ran the project's ManifestSource and wrote its resources, validated, in canonical YAML.
def log = new File(basedir, 'build.log').text
def rendered = new File(basedir, 'target/sparkapp/nightly-etl.yaml')
assert rendered.isFile() : 'render wrote no target/sparkapp/nightly-etl.yaml'
def expected = new File(basedir, 'expected/nightly-etl.yaml').text
assert rendered.text == expected
assert new File(basedir, 'target/sparkapp').list() as List == ['nightly-etl.yaml']
// Build 1 wrote the file; build 2, after the output was deleted, wrote it again (the stamp covers the
// outputs, not only the classpath): one INFO line per file written.
def wrote = log.readLines().findAll { it == '[INFO] sparkapp render: wrote target/sparkapp/nightly-etl.yaml' }
assert wrote.size() == 2 : "expected the file written by builds 1 and 2, found ${wrote.size()} lines"
// Build 3: nothing changed and the output is intact, so it skipped the work and said so.
assert log.contains('[INFO] sparkapp render: up to date: target/sparkapp holds what the unchanged classpath and settings give')
true
