// The build ran the project's ManifestSource and wrote its resources, validated, in canonical YAML.
def log = new File(basedir, 'build.log').text
def rendered = new File(basedir, 'target/sparkapp/nightly-etl.yaml')
assert rendered.isFile() : 'render wrote no target/sparkapp/nightly-etl.yaml'
def expected = new File(basedir, 'expected/nightly-etl.yaml').text
assert rendered.text == expected
assert new File(basedir, 'target/sparkapp').list() as List == ['nightly-etl.yaml']
// The second build skipped the work: the project's classes did not change.
assert log.contains('sparkapp render: classpath unchanged since the last run')
true
