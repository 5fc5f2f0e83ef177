package dev.sparkapp.core;

class SparkApplicationTypeTest extends CrdEnumContract<SparkApplicationType> {
  SparkApplicationTypeTest() {
    super(SparkApplicationType.class, SparkApplicationType::fromValue, SparkApplicationType::value,
        SparkApplicationType.JAVA, "Java", SparkApplicationType.PYTHON, "Python",
        SparkApplicationType.SCALA, "Scala", SparkApplicationType.R, "R");
  }
}
