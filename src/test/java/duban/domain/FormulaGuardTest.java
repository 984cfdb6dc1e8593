package duban.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The OWASP rule against spreadsheet formula injection: the guard, its exact removal, and refused names. */
class FormulaGuardTest {

    private static final List<String> ORDINARY = List.of("", "推进老旧小区改造", "1 号楼", "'王五", "'", "''",
            "' =不是公式", "a=b", "王五-李四", "\"=引号开头\"", " =前面有空格");

    @ParameterizedTest
    @ValueSource(strings = {"=", "+", "-", "@", "\t", "\r"})
    void aTextStartingWithAnyFormulaCharacterIsGuardedAndUnguardedExactly(String leading) {
        for (String rest : List.of("", "HYPERLINK(\"http://x\",\"点击查看\")", "SUM(1+1)*cmd|'/C calc'!A0", "王五",
                "1 号楼")) {
            String text = leading + rest;
            assertThat(FormulaGuard.guard(text)).as("guarded %s", text).isEqualTo("'" + text);
            assertThat(FormulaGuard.unguard("'" + text)).as("unguarded %s", text).isEqualTo(text);
            assertThat(FormulaGuard.startsLikeFormula(text)).isTrue();
        }
    }

    @Test
    void ordinaryTextIsWrittenAsItIsAndAnApostropheBeforeOrdinaryTextIsKept() {
        for (String text : ORDINARY) {
            assertThat(FormulaGuard.guard(text)).as("guard of %s", text).isEqualTo(text);
            assertThat(FormulaGuard.unguard(text)).as("unguard of %s", text).isEqualTo(text);
            assertThat(FormulaGuard.startsLikeFormula(text)).as(text).isFalse();
        }
        assertThat(FormulaGuard.guard(null)).isNull();
        assertThat(FormulaGuard.unguard(null)).isNull();
    }

    @Test
    void aTextThatLooksGuardedAlreadyIsGuardedAgainSoThatItComesBackAsIt() {
        // Without the second ' the import would take the first for our guard and drop it.
        assertThat(FormulaGuard.guard("'=1+1")).isEqualTo("''=1+1");
        assertThat(FormulaGuard.unguard("''=1+1")).isEqualTo("'=1+1");
        assertThat(FormulaGuard.guard("'''-1")).isEqualTo("''''-1");
        assertThat(FormulaGuard.unguard(FormulaGuard.guard("'''-1"))).isEqualTo("'''-1");
    }

    @Test
    void aTypedStringCellKeepsFormulaLikeTextAndGuardsOnlyWhatTheImportWouldTakeForAGuard() {
        assertThat(FormulaGuard.guardForStringCell("=HYPERLINK(\"http://x\")")).isEqualTo("=HYPERLINK(\"http://x\")");
        assertThat(FormulaGuard.guardForStringCell("-1 号楼")).isEqualTo("-1 号楼");
        assertThat(FormulaGuard.guardForStringCell("'王五")).isEqualTo("'王五");
        assertThat(FormulaGuard.guardForStringCell("'=1+1")).isEqualTo("''=1+1");
        assertThat(FormulaGuard.unguard(FormulaGuard.guardForStringCell("'=1+1"))).isEqualTo("'=1+1");
        assertThat(FormulaGuard.guardForStringCell(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"=王五", "+王五", "-李四", "@张三", "\t=王五", " -李四"})
    void aNameStartingLikeAFormulaIsRefusedWithTheFieldAndTheCharacter(String name) {
        String refusal = FormulaGuard.refusal("责任人", name);
        String shown = name.strip();
        assertThat(refusal).contains("责任人", "“" + shown + "”", "以 " + shown.charAt(0) + " 开头", "公式");
    }

    @Test
    void anOrdinaryNameIsNotRefused() {
        for (String name : List.of("王五", "'王五", "欧阳-娜娜", "", "  ")) {
            assertThat(FormulaGuard.refusal("责任人", name)).as(name).isEmpty();
        }
        assertThat(FormulaGuard.refusal("责任人", null)).isEmpty();
    }
}
