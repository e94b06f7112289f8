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
package org.biadeposit.validate;

import static org.biadeposit.rembi.Problem.Severity.ERROR;

import java.nio.file.Path;
import java.util.List;

import org.biadeposit.rembi.Associations;
import org.biadeposit.rembi.FileList;
import org.biadeposit.rembi.StudyComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule 3: study components and their associations with the modules. */
class ComponentRulesTest {

	@TempDir
	Path root;

	private Draft draft() {
		return Draft.good(root);
	}

	@Test
	void atLeastOneComponent() {
		Draft d = draft();
		d.components.clear();
		Expect.only(d.validate(), ERROR, "deposit.yaml study_component", "no study component");
	}

	@Test
	void componentsNeedNameAndDescription() {
		Draft d = draft();
		StudyComponent c = d.components.get(1);
		d.components.set(1, new StudyComponent(c.name(), " ", c.files(), c.associations(), c.fileList()));
		Expect.only(d.validate(), ERROR, "deposit.yaml study_component.Knock-out.description", "no description");
		d.components.set(1, new StudyComponent(null, c.description(), c.files(), c.associations(), c.fileList()));
		Expect.only(d.validate(), ERROR, "deposit.yaml study_component[2].name", "no name");
	}

	@Test
	void componentsNeedAFileListWithRows() {
		Draft d = draft();
		d.setList(1, null);
		Expect.only(d.validate(), ERROR, "deposit.yaml study_component.Knock-out.files", "no File-list");
		d.setList(1, new FileList("knock-out", List.of(), List.of()));
		Expect.only(d.validate(), ERROR, "deposit.yaml study_component.Knock-out.files", "File-list is empty",
			"matches no file");
	}

	@Test
	void biosampleSpecimenAndAcquisitionAreRequired() {
		Draft d = draft();
		d.setAssociations(0, new Associations(null, "Fixed embryos", "Confocal 20x", null, null));
		Expect.only(d.validate(), ERROR, "deposit.yaml study_component.\"Wild type\".biosample", "names no " +
			"biosample", "\"WT embryos\", \"KO embryos\"");
		d.setAssociations(0, null);
		Report r = d.validate();
		Expect.at(r, ERROR, "deposit.yaml study_component.\"Wild type\".biosample", "names no biosample");
		Expect.at(r, ERROR, "deposit.yaml study_component.\"Wild type\".specimen", "names no specimen");
		Expect.at(r, ERROR, "deposit.yaml study_component.\"Wild type\".acquisition", "names no image acquisition",
			"\"Confocal 20x\"");
		org.junit.jupiter.api.Assertions.assertEquals(3, r.problems().size(), r.toText());
	}

	@Test
	void namedModulesMustExist() {
		Draft d = draft();
		d.setAssociations(1, new Associations("KO embryos", "Fixed embryos", "Widefield 10x", null, null));
		Expect.only(d.validate(), ERROR, "deposit.yaml study_component.Knock-out.acquisition", "no image " +
			"acquisition is titled \"Widefield 10x\"", "the acquisitions are \"Confocal 20x\"");
	}

	/** Every row's titles are checked; a problem names the component, the row (counted from 1) and the key. */
	@Test
	void everyAssociationRowNamesExistingModules() {
		Draft d = draft();
		Associations good = new Associations("KO embryos", "Fixed embryos", "Confocal 20x", null, "Light to EM");
		d.setRows(1, java.util.List.of(good, new Associations("WT embryos", "Fixed embryos", "Confocal 20x",
			"Nucleus segmentation", null)));
		Expect.none(d.validate());
		d.setRows(1, java.util.List.of(good, new Associations("WT embryos", null, "Widefield 10x", "Tracking",
			null)));
		Report r = d.validate();
		Expect.at(r, ERROR, "deposit.yaml study_component.Knock-out.associations[2].specimen", "association row 2 " +
			"of the study component names no specimen");
		Expect.at(r, ERROR, "deposit.yaml study_component.Knock-out.associations[2].acquisition", "association " +
			"row 2 of the study component: no image acquisition is titled \"Widefield 10x\"");
		Expect.at(r, ERROR, "deposit.yaml study_component.Knock-out.associations[2].analysis", "\"Tracking\"");
		org.junit.jupiter.api.Assertions.assertEquals(3, r.problems().size(), r.toText());
	}

	@Test
	void aCaseInsensitiveMatchSuggestsTheTitle() {
		Draft d = draft();
		d.setAssociations(1, new Associations("ko embryos", "Fixed embryos", "Confocal 20x", null, null));
		Expect.only(d.validate(), ERROR, "deposit.yaml study_component.Knock-out.biosample", "no biosample is " +
			"titled \"ko embryos\"", "did you mean \"KO embryos\"", "exactly");
	}

	@Test
	void optionalAnalysisAndCorrelationMustExistWhenNamed() {
		Draft d = draft();
		d.setAssociations(1, new Associations("KO embryos", "Fixed embryos", "Confocal 20x", "Tracking",
			"light to EM"));
		Report r = d.validate();
		Expect.at(r, ERROR, "deposit.yaml study_component.Knock-out.analysis", "no image analysis is titled " +
			"\"Tracking\"", "\"Nucleus segmentation\"");
		Expect.at(r, ERROR, "deposit.yaml study_component.Knock-out.correlation", "did you mean \"Light to EM\"");
		org.junit.jupiter.api.Assertions.assertEquals(2, r.problems().size(), r.toText());
	}

	@Test
	void componentNamesAreUnique() {
		Draft d = draft();
		StudyComponent c = d.components.get(1);
		d.components.set(1, new StudyComponent("wild type", c.description(), c.files(), c.associations(), c
			.fileList()));
		Expect.only(d.validate(), ERROR, "deposit.yaml study_component.\"wild type\".name", "differs only in case",
			"\"Wild type\"");
		d.components.set(1, new StudyComponent("Wild type", c.description(), c.files(), c.associations(), c
			.fileList()));
		Expect.only(d.validate(), ERROR, "deposit.yaml study_component.\"Wild type\".name", "the 1st study " +
			"component has the same name");
	}
}
