package io.pcmops.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pcmops.InvalidRequestException;
import io.pcmops.Pcmops;
import io.pcmops.model.CsvSelection;
import io.pcmops.testkit.TestLibraries;
import java.io.StringReader;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTargetsTest {

    @TempDir
    Path dir;
    private Pcmops pcm;

    @BeforeEach
    void open() {
        pcm = TestLibraries.open(dir);
    }

    @AfterEach
    void close() {
        pcm.close();
    }

    private CsvSelection read(String csv) {
        return pcm.targets().readCsv(new StringReader(csv));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Change_number,Platform,Region,AccountID,InstanceID\nCHG0518313,linux,us-gov-west-1,123456789012,i-1234567890abcdef0\n",
        "Change Number,Platform,Region,Account ID,Instance ID\nCHG0518313,linux,us-gov-west-1,123456789012,i-1234567890abcdef0",
        "\uFEFFchange_number,instance_id,account_id,region,platform,name\r\nCHG0518313,i-1234567890abcdef0,123456789012,us-gov-west-1,linux,web-1\r\n"
    })
    void readCsv_withReferenceHeaderVariants_readsTheSameTarget(String csv) {
        CsvSelection selection = read(csv);
        assertThat(selection.changeTicket()).isEqualTo("CHG0518313");
        assertThat(selection.selector().ids()).containsExactly("i-1234567890abcdef0");
        assertThat(selection.selector().accounts()).containsExactly("123456789012");
        assertThat(selection.selector().regions()).containsExactly("us-gov-west-1");
        assertThat(selection.rows().get(0).platform()).isEqualTo("linux");
    }

    @Test
    void readCsv_withQuotedFields_keepsCommasInside() {
        CsvSelection selection = read("instance_id,name\ni-0aaaaaaaaaaaaaaaa,\"web, primary\"\n");
        assertThat(selection.rows().get(0).name()).isEqualTo("web, primary");
        assertThat(selection.selector().accounts()).isEmpty();
    }

    @Test
    void readCsv_withBadRow_namesTheLine() {
        assertThatThrownBy(() -> read("instance_id,region\ni-0aaaaaaaaaaaaaaaa,us-east-1\n,us-east-1\n"))
                .isInstanceOf(InvalidRequestException.class).hasMessage("line 3: empty instance id");
        assertThatThrownBy(() -> read("instance_id,region\ni-0a,us-east-1,extra\n"))
                .hasMessage("line 2: expected 2 fields like the header, found 3");
        assertThatThrownBy(() -> read("instance_id,platform\ni-0a,solaris\n"))
                .hasMessage("line 2: unknown platform 'solaris'; use linux or windows");
        assertThatThrownBy(() -> read("instance_id,region\ni-0a,\"us-east-1\n"))
                .hasMessage("line 2: a quoted field is never closed");
    }

    @Test
    void readCsv_withoutInstanceColumn_saysWhichHeadersWork() {
        assertThatThrownBy(() -> read("host,region\nweb,us-east-1\n"))
                .hasMessageContaining("line 1: no instance id column");
    }

    @Test
    void readCsv_empty_isRefused() {
        assertThatThrownBy(() -> read("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> read("instance_id\n")).hasMessageContaining("no rows");
    }
}
