package com.xads.creatives.spec;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's module table and the folder layout say the same thing: every module has a row, every row a folder. */
class ModuleTableTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([^`]+)/` \\|");

    @Test
    void everyModuleOfTheBuildHasARowAndEveryRowAFolderWithABuild() throws IOException {
        List<String> problems = differences(Files.readString(ROOT.resolve("pom.xml")),
                Files.readString(ROOT.resolve("README.md")), ROOT);
        assertEquals(List.of(), problems);
    }

    @Test
    void aModuleWithoutARowAndARowWithoutAFolderAreBothReported() {
        String pom = "<modules><module>spec</module><module>sandbox</module></modules>";
        String readme = "| module | what |\n|---|---|\n| `spec/` | the contract |\n| `nowhere/` | gone |\n";
        List<String> problems = differences(pom, readme, ROOT);
        assertTrue(problems.contains("module sandbox has no row in the README's module table"), problems.toString());
        assertTrue(problems.contains("row nowhere/ of the README's module table is no folder with a pom.xml"), problems.toString());
        assertEquals(2, problems.size(), problems.toString());
    }

    static List<String> differences(String rootPom, String readme, Path root) {
        Set<String> modules = matches(MODULE, rootPom);
        Set<String> rows = matches(ROW, readme);
        List<String> problems = new ArrayList<>();
        for (String module : modules) {
            if (!rows.contains(module)) {
                problems.add("module " + module + " has no row in the README's module table");
            }
        }
        for (String row : rows) {
            if (!Files.isRegularFile(root.resolve(row).resolve("pom.xml"))) {
                problems.add("row " + row + "/ of the README's module table is no folder with a pom.xml");
            }
        }
        return problems;
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
