package org.biadeposit.rembi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.biadeposit.harvest.DatasetFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The File-lists a study component's files give, built from files in a temporary dataset folder. */
class FileListBuilderTest {

	@TempDir
	Path tmp;

	/** Issue 8, item 3: a side table outside the dataset (named so, or through a link) is never read. */
	@Test
	void theFileListBuilderNeverOpensASideTableOutsideTheDataset() throws IOException {
		Path secret = tmp.resolve("outside/secret.tsv");
		Files.createDirectories(secret.getParent());
		Files.writeString(secret, "Files\tSecret\ncells/a.tif\tpassword\n");
		Path dataset = Files.createDirectories(tmp.resolve("dataset/cells")).getParent();
		Files.writeString(dataset.resolve("cells/a.tif"), "not really an image");
		Files.createSymbolicLink(dataset.resolve("extra.tsv"), secret);
		for (String table : List.of("extra.tsv", "../outside/secret.tsv", secret.toAbsolutePath().toString())) {
			List<Problem> problems = new ArrayList<>();
			FileList list = FileListBuilder.build("cells", List.of(new DatasetFile("cells/a.tif", 19)), Map.of(),
				new FileSelection(List.of("cells"), List.of(), null, table), dataset, problems);
			assertEquals(List.of(), list.columns(), table);
			assertFalse(list.rows().get(0).values().containsValue("password"), table);
			assertEquals(1, problems.size(), problems.toString());
			assertTrue(problems.get(0).isError());
			assertTrue(problems.get(0).message().contains("outside the dataset folder"), problems.get(0).message());
		}
	}
}
