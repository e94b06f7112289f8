// Stand-in for the Bio-Formats reader of the same name, written for bia-deposit's tests (not Bio-Formats code).
package loci.formats.in;

public class ND2Reader extends VendorReader {
	public ND2Reader() {
		super("Nikon ND2", "nd2");
	}
}
