/*-
 * #%L
 * bia-deposit: deposit microscopy datasets in the EBI BioImage Archive.
 * %%
 * Copyright (C) 2026 bia-deposit developers
 * %%
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 * 
 * 1. Redistributions of source code must retain the above copyright notice,
 *    this list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the documentation
 *    and/or other materials provided with the distribution.
 * 
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
 * AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
 * IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE
 * ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDERS OR CONTRIBUTORS BE
 * LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR
 * CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF
 * SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS
 * INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN
 * CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE)
 * ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE
 * POSSIBILITY OF SUCH DAMAGE.
 * #L%
 */
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
