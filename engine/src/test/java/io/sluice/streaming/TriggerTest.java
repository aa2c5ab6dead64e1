package io.sluice.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TriggerTest {

  @Test
  void processingTimeAcceptsSparksIntervalStrings() {
    assertThat(Trigger.ProcessingTime("1 second").intervalMs()).isEqualTo(1000);
    assertThat(Trigger.ProcessingTime("10 seconds").intervalMs()).isEqualTo(10_000);
    assertThat(Trigger.ProcessingTime("interval 2 minutes").intervalMs()).isEqualTo(120_000);
    assertThat(Trigger.ProcessingTime("500 milliseconds").intervalMs()).isEqualTo(500);
    assertThat(Trigger.ProcessingTime("1 minute 30 seconds").intervalMs()).isEqualTo(90_000);
    assertThat(Trigger.ProcessingTime(5, TimeUnit.SECONDS)).isEqualTo(Trigger.ProcessingTime(5000));
    assertThat(Trigger.ProcessingTime(Duration.ofMillis(250)).intervalMs()).isEqualTo(250);
    assertThatThrownBy(() -> Trigger.ProcessingTime("soon")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Trigger.ProcessingTime(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void kinds() {
    assertThat(Trigger.Once().kind()).isEqualTo(Trigger.Kind.ONCE);
    assertThat(Trigger.AvailableNow().kind()).isEqualTo(Trigger.Kind.AVAILABLE_NOW);
    assertThat(Trigger.Continuous("1 second").kind()).isEqualTo(Trigger.Kind.CONTINUOUS);
    assertThat(OutputMode.fromString("Complete")).isSameAs(OutputMode.Complete());
    assertThatThrownBy(() -> OutputMode.fromString("all"))
        .hasMessageContaining("Accepted output modes are 'append', 'complete', 'update'");
  }
}
