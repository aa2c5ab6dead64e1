package io.sluice.columnar.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.arrow.vector.types.pojo.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class DdlTest {

  @Test
  void roundTripsEveryType() {
    String ddl =
        "a BOOLEAN, b TINYINT, c SMALLINT, d INT, e BIGINT, f FLOAT, g DOUBLE, h DECIMAL(10,2),"
            + " i STRING, j BINARY, k DATE, l TIMESTAMP NOT NULL, `odd name` VOID";
    Schema schema = Ddl.parseSchema(ddl);
    assertThat(Ddl.toDdl(schema)).isEqualTo(ddl);
    assertThat(Ddl.parseSchema(Ddl.toDdl(schema))).isEqualTo(schema);
  }

  @Test
  void acceptsSparksAliases() {
    assertThat(Ddl.toDdl(Ddl.parseSchema("STRUCT<x: INTEGER, y LONG COMMENT 'c', z VARCHAR(3), w DEC>")))
        .isEqualTo("x INT, y BIGINT, z STRING, w DECIMAL(10,0)");
  }

  @Test
  void printsSchemaTree() {
    assertThat(Ddl.treeString(Ddl.parseSchema("age STRING, n DECIMAL(5,1) NOT NULL")))
        .isEqualTo("root\n |-- age: string (nullable = true)\n |-- n: decimal(5,1) (nullable = false)\n");
  }

  @Test
  void errorsNameThePosition() {
    assertThatThrownBy(() -> Ddl.parseSchema("a INT, b FOO"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("position 9")
        .hasMessageContaining("unknown type 'FOO'");
    assertThatThrownBy(() -> Ddl.parseSchema("a DECIMAL(40,2)")).hasMessageContaining("out of range");
    assertThatThrownBy(() -> Ddl.parseSchema("a INT b INT")).hasMessageContaining("expected ','");
  }
}
