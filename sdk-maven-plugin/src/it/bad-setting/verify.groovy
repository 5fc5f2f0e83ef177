// Both builds failed on the setting: the message names it (and its property), quotes the value and says
// what would do. A crash of the plugin would read "Execution default-cli of goal ... failed".
def log = new File(basedir, 'build.log').text
['validate', 'render'].each { goal ->
  assert log.contains("sparkapp ${goal}: operatorVersion (<operatorVersion> or -Dsparkapp.operatorVersion): "
      + "'latest' is not an operator version") : "no failure naming the setting from ${goal}"
}
assert !log.contains('Execution default-cli of goal') : 'a goal failed as a plugin crash'
true
