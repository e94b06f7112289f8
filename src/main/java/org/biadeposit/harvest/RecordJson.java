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
package org.biadeposit.harvest;

import java.util.List;

import org.biadeposit.TerminalText;

/**
 * The JSON text of an image record, written by hand: exactly what {@code TerminalText.json} makes of Jackson's text
 * of it (the keys in {@link ImageRecord}'s order, nulls written, numbers as Jackson writes them, non-finite ones as
 * strings), without Jackson's reflection, which cost more than the rest of keeping a harvested record in the cache.
 * {@code RecordJsonTest} holds it to Jackson's text over the test data's records and generated ones.
 */
public final class RecordJson {

	private RecordJson() {}

	/** The record's JSON text, one line. */
	public static String of(ImageRecord r) {
		StringBuilder s = new StringBuilder(1024);
		s.append("{\"file\":");
		text(s, r.file());
		s.append(",\"series\":").append(r.series()).append(",\"seriesName\":");
		text(s, r.seriesName());
		s.append(",\"format\":");
		text(s, r.format());
		s.append(",\"sizeX\":").append(r.sizeX()).append(",\"sizeY\":").append(r.sizeY()).append(",\"sizeZ\":")
			.append(r.sizeZ()).append(",\"sizeC\":").append(r.sizeC()).append(",\"sizeT\":").append(r.sizeT()).append(
				",\"pixelType\":");
		text(s, r.pixelType());
		s.append(",\"physicalSizeX\":");
		number(s, r.physicalSizeX());
		s.append(",\"physicalSizeY\":");
		number(s, r.physicalSizeY());
		s.append(",\"physicalSizeZ\":");
		number(s, r.physicalSizeZ());
		s.append(",\"timeIncrement\":");
		number(s, r.timeIncrement());
		s.append(",\"channels\":[");
		List<ImageRecord.Channel> channels = r.channels();
		for (int i = 0; i < channels.size(); i++) {
			ImageRecord.Channel c = channels.get(i);
			s.append(i == 0 ? "{\"name\":" : ",{\"name\":");
			text(s, c.name());
			s.append(",\"fluor\":");
			text(s, c.fluor());
			s.append(",\"excitationWavelength\":");
			number(s, c.excitationWavelength());
			s.append(",\"emissionWavelength\":");
			number(s, c.emissionWavelength());
			s.append(",\"acquisitionMode\":");
			text(s, c.acquisitionMode());
			s.append(",\"illuminationType\":");
			text(s, c.illuminationType());
			s.append('}');
		}
		s.append("],\"objective\":");
		objective(s, r.objective());
		s.append(",\"objectives\":[");
		for (int i = 0; i < r.objectives().size(); i++) {
			if (i > 0) s.append(',');
			objective(s, r.objectives().get(i));
		}
		s.append("],\"microscope\":");
		ImageRecord.Microscope m = r.microscope();
		if (m == null) s.append("null");
		else instrument(s, m.manufacturer(), m.model(), m.type());
		s.append(",\"detectors\":[");
		for (int i = 0; i < r.detectors().size(); i++) {
			if (i > 0) s.append(',');
			ImageRecord.Detector d = r.detectors().get(i);
			if (d == null) s.append("null");
			else instrument(s, d.manufacturer(), d.model(), d.type());
		}
		s.append("],\"acquisitionDate\":");
		text(s, r.acquisitionDate());
		s.append(",\"imagingMethod\":");
		ImageRecord.ImagingMethod method = r.imagingMethod();
		if (method == null) {
			s.append("null");
		}
		else {
			s.append("{\"name\":");
			text(s, method.name());
			s.append(",\"fbbiId\":");
			text(s, method.fbbiId());
			s.append('}');
		}
		s.append(",\"warnings\":[");
		for (int i = 0; i < r.warnings().size(); i++) {
			ImageRecord.Warning w = r.warnings().get(i);
			s.append(i == 0 ? "" : ",");
			if (w == null) {
				s.append("null");
				continue;
			}
			s.append("{\"file\":");
			text(s, w.file());
			s.append(",\"element\":");
			text(s, w.element());
			s.append(",\"value\":");
			text(s, w.value());
			s.append(",\"action\":");
			text(s, w.action());
			s.append('}');
		}
		return s.append("]}").toString();
	}

	private static void objective(StringBuilder s, ImageRecord.Objective o) {
		if (o == null) {
			s.append("null");
			return;
		}
		s.append("{\"manufacturer\":");
		text(s, o.manufacturer());
		s.append(",\"model\":");
		text(s, o.model());
		s.append(",\"nominalMagnification\":");
		number(s, o.nominalMagnification());
		s.append(",\"lensNA\":");
		number(s, o.lensNA());
		s.append(",\"immersion\":");
		text(s, o.immersion());
		s.append('}');
	}

	private static void instrument(StringBuilder s, String manufacturer, String model, String type) {
		s.append("{\"manufacturer\":");
		text(s, manufacturer);
		s.append(",\"model\":");
		text(s, model);
		s.append(",\"type\":");
		text(s, type);
		s.append('}');
	}

	private static void text(StringBuilder s, String value) {
		TerminalText.appendJson(s, value);
	}

	/** As Jackson writes a {@code Double}: {@code Double.toString}, and NaN and the infinities as strings. */
	private static void number(StringBuilder s, Double value) {
		if (value == null) s.append("null");
		else if (value.isNaN() || value.isInfinite()) s.append('"').append(value.doubleValue()).append('"');
		else s.append(value.doubleValue());
	}
}
