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
package org.biadeposit.rembi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.biadeposit.harvest.ImageRecord;
import org.junit.jupiter.api.Test;

/** Images grouped into acquisitions by their set-up. */
class AcquisitionGrouperTest {

	private static ImageRecord image(String file, double magnification) {
		return new ImageRecord(file, 0, null, "OME-TIFF", 16, 16, 1, 1, 1, "uint8", null, null, null, null, List.of(),
			new ImageRecord.Objective("Zeiss", "Plan", magnification, 1.4, "Oil"), null, null, List.of(), null, null,
			List.of());
	}

	/**
	 * Renamed copies of one record (what a cached harvest gives the files that share it) join its group without
	 * their settings being worked out again, and a record of another set-up between them still starts its own
	 * group; a record of the same set-up held apart joins by its settings.
	 */
	@Test
	void renamedCopiesOfOneRecordShareItsGroupAndAnotherSetUpStillStartsOne() {
		ImageRecord a = image("a.tif", 63.0);
		ImageRecord b = image("b.tif", 10.0);
		ImageRecord same = image("c.tif", 63.0);
		List<ImageRecord> images = List.of(a, a.withFile("a2.tif"), b, b.withFile("b2.tif"), a.withFile("a3.tif"),
			same);
		List<AcquisitionGrouper.Group> groups = AcquisitionGrouper.group(images);
		assertEquals(2, groups.size(), groups.toString());
		assertEquals(List.of("a.tif", "a2.tif", "a3.tif", "c.tif"), groups.get(0).images().stream().map(
			ImageRecord::file).toList());
		assertEquals(List.of("b.tif", "b2.tif"), groups.get(1).images().stream().map(ImageRecord::file).toList());
		assertEquals("63x objective", groups.get(0).acquisition().title());
		assertEquals("10x objective", groups.get(1).acquisition().title());
	}
}
