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
package org.biadeposit.fiji.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.swing.JTable;

import org.biadeposit.example.ExampleDataset;
import org.biadeposit.harvest.HarvestCache;
import org.biadeposit.harvest.HarvestService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;

/** The Images step's table: column names in words with units, and an unreadable file shown with why. */
class ImagesStepTest {

	@TempDir
	Path tmp;

	@Test
	void humanColumnNamesWithUnitsAndUnreadableFilesWithTheirError() throws Exception {
		Path root = tmp.resolve("study");
		ExampleDataset.writeImageJTiff(root.resolve("cells/good.tif"), 20, 10, 0.5);
		Files.writeString(root.resolve("cells/broken.tif"), "II*\0 this is no TIFF");
		try (Context context = new Context(HarvestService.class)) {
			DepositionDraft.State state = new DepositionDraft(context.service(HarvestService.class).harvester(),
				r -> HarvestCache.none(), 1, LocalDate.now()).open(root, p -> {});
			ImagesStep step = new ImagesStep();
			step.show(state);
			JTable t = step.images;
			List<String> headers = new ArrayList<>();
			for (int c = 0; c < t.getColumnCount(); c++) headers.add(t.getColumnName(c));
			assertEquals(List.of("File", "Not readable: why", "Series"), headers.subList(0, 3));
			assertTrue(headers.contains("Pixel width (µm)") && headers.contains("Width (px)"), headers.toString());
			assertFalse(headers.stream().anyMatch(h -> h.contains("physicalSize")), headers.toString());
			int broken = -1;
			for (int r = 0; r < t.getRowCount(); r++) if (t.getValueAt(r, 0).equals("cells/broken.tif")) broken = r;
			assertTrue(broken >= 0, "the unreadable file has its row");
			assertFalse(String.valueOf(t.getValueAt(broken, 1)).isEmpty(), "with why it could not be read");
			assertTrue(step.summary.getText().contains("1 file(s) could not be read"), step.summary.getText());
		}
	}
}
