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
package org.biadeposit.pagetab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The PageTab records: what they refuse, how lookups match names, building a submission. */
class ModelTest {

	@Test
	void namesAreRequired() {
		assertThrows(IllegalArgumentException.class, () -> Attribute.of(" ", "x"));
		assertThrows(IllegalArgumentException.class, () -> Attribute.of(null, "x"));
		assertThrows(IllegalArgumentException.class, () -> new Qualifier("", "x"));
		assertThrows(IllegalArgumentException.class, () -> FileRef.of("", List.of()));
		assertThrows(IllegalArgumentException.class, () -> new Link(null, List.of()));
		assertThrows(IllegalArgumentException.class, () -> new Entry.Table<Section>(List.of()));
		assertThrows(NullPointerException.class, () -> Submission.of("", List.of(), null));
	}

	@Test
	void listsAreCopied() {
		List<Attribute> attributes = new ArrayList<>(List.of(Attribute.of("Title", "T")));
		Section s = Section.of("s1", "Study", attributes);
		attributes.add(Attribute.of("Title", "U"));
		assertEquals(1, s.attributes().size());
		assertThrows(UnsupportedOperationException.class, () -> s.attributes().add(Attribute.of("a", "b")));
	}

	@Test
	void lookupsIgnoreCaseAndKeepOrder() {
		Section s = Section.of(null, "Study", List.of(Attribute.of("Keyword", "a"), Attribute.of("keyword", null),
			Attribute.of("KEYWORD", "b"), Attribute.of("Title", "T")));
		assertEquals(List.of("a", "b"), s.attributes("Keyword"));
		assertEquals("a", s.attribute("keyWORD"));
		assertEquals("T", s.attribute("title"));
		assertNull(s.attribute("Description"));
		assertEquals(List.of(), s.attributes("Description"));
		assertTrue(s.isType("study"));
		assertFalse(Section.of(null, null, List.of()).isType("study"));
	}

	@Test
	void buildingASubmission() {
		Section org = Section.of("o1", "organisation", List.of(Attribute.of("Name", "Some Institute")));
		Section author = Section.of(null, "author", List.of(Attribute.of("Name", "A. Researcher"), Attribute
			.reference("affiliation", "o1")));
		Section component = Section.of("Study Component-1", "Study Component", List.of(Attribute.of("File List",
			"assayA/file_list.json"))).withSubsections(List.of(Section.of(null, "Associations", List.of())));
		Section study = Section.of(null, "Study", List.of()).withSubsections(List.of(author, org, component))
			.withLinks(List.of(new Link("https://example.org", List.of()))).withFiles(List.of(FileRef.of("README.md",
				List.of())));
		Submission s = Submission.of("", List.of(Attribute.of("ReleaseDate", "2027-01-31")), study);
		assertEquals("submission", s.type());
		assertEquals(List.of("Study", "author", "organisation", "Study Component", "Associations"), s.sections()
			.stream().map(Section::type).toList());
		assertEquals(org, s.find("o1"));
		assertNull(s.find("o2"));
		assertEquals(List.of(component), s.sections("study component"));
		assertEquals(1, study.links().size());
		assertEquals("README.md", study.files().get(0).items().get(0).path());
		assertTrue(author.attributes().get(1).reference());
	}

	@Test
	void entriesFlatten() {
		Section a = Section.of(null, "A", List.of());
		Section b = Section.of(null, "B", List.of());
		Section c = Section.of(null, "C", List.of());
		List<Entry<Section>> entries = List.of(new Entry.One<>(a), new Entry.Table<>(List.of(b, c)));
		assertEquals(List.of(a, b, c), Entry.flatten(entries));
		assertEquals(List.of(new Entry.One<>(a), new Entry.One<>(b)), Entry.each(List.of(a, b)));
	}

	@Test
	void asSubmittedDropsTypeAndSize() {
		FileRef published = new FileRef("a.tif", "file", 12L, List.of(Attribute.of("k", "v")));
		assertEquals(FileRef.of("a.tif", List.of(Attribute.of("k", "v"))), published.asSubmitted());
		assertEquals(new PageTabFileList(List.of(published.asSubmitted())),
			new PageTabFileList(List.of(published)).asSubmitted());
	}
}
