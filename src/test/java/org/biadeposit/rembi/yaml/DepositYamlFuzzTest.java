package org.biadeposit.rembi.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.biadeposit.harvest.DatasetHarvest;
import org.biadeposit.rembi.DepositionBuilder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes deposit.yaml reading (regression mode in {@code mvn test}: the seeds in DepositYamlFuzzTestInputs, written
 * by {@link org.biadeposit.FuzzSeeds}). Contract: reading never throws; it gives a reading with problems. What reads
 * without errors can be planned (its globs and patterns compile), and what the wizard writes of it reads back
 * without errors as the same study.
 */
class DepositYamlFuzzTest {

	@TempDir
	static Path folder;

	@FuzzTest(maxDuration = "60s")
	void readingNeverThrows(byte[] input) throws IOException {
		Path yaml = folder.resolve("deposit.yaml");
		Files.write(yaml, input);
		DepositYaml.Reading r = DepositYaml.read(yaml, folder);
		assertNotNull(r.problems());
		if (r.deposition() == null) return;
		// the folder holds deposit.yaml alone, which is not a file of the dataset: its harvest is empty
		assertNotNull(DepositionBuilder.build(new DatasetHarvest(folder, List.of(), List.of()), r.deposition())
			.deposition());
		if (r.hasErrors()) return;
		Files.writeString(yaml, DepositYamlWriter.write(r.deposition()));
		DepositYaml.Reading back = DepositYaml.read(yaml, folder);
		assertFalse(back.hasErrors(), () -> back.problems().toString());
		assertEquals(r.deposition().study(), back.deposition().study());
	}
}
