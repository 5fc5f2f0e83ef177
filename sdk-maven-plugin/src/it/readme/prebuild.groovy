// Copies the XML snippets of README.md's "Maven coordinates" section into pom.xml, as a reader would: the
// first (the BOM import and the dependencies) and the first <plugin> block, each whole and unchanged.
def readme = new File(basedir, '../../../../README.md')
assert readme.isFile() : "no README.md at ${readme.canonicalPath}"
def text = readme.getText('UTF-8')
def start = text.indexOf('\n## Maven coordinates')
assert start >= 0 : 'README.md has no "Maven coordinates" section'
def end = text.indexOf('\n## ', start + 1)
def section = text.substring(start, end < 0 ? text.length() : end)
def blocks = (section =~ /(?ms)^```xml\n(.*?)^```$/).collect { it[1] }
def dependencies = blocks.find { it.contains('<dependencyManagement>') }
def plugin = blocks.find { it.trim().startsWith('<plugin>') && it.contains('sparkapp-maven-plugin') }
assert dependencies : 'no XML block with <dependencyManagement> in the section'
assert plugin : 'no <plugin> block of sparkapp-maven-plugin in the section'
def pom = new File(basedir, 'pom.xml')
def template = pom.getText('UTF-8')
assert template.contains('<!-- README: dependencies -->') && template.contains('<!-- README: plugin -->')
pom.setText(template.replace('<!-- README: dependencies -->', dependencies)
    .replace('<!-- README: plugin -->', plugin), 'UTF-8')
println "prebuild: copied ${blocks.size()} XML blocks of README.md's Maven coordinates section into pom.xml"
true
