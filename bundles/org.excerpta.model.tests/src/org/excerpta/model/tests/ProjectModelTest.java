package org.excerpta.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.excerpta.model.Code;
import org.excerpta.model.ExcerptaFactory;
import org.excerpta.model.ExcerptaPackage;
import org.excerpta.model.Identified;
import org.excerpta.model.TextSelection;
import org.junit.jupiter.api.Test;

class ProjectModelTest {

	private final ExcerptaPackage pkg = ExcerptaPackage.eINSTANCE;

	@Test
	void everyObjectAUserCanReferToHasAGuid() {
		for (EClassifier c : pkg.getEClassifiers()) {
			if (c instanceof EClass ec && !ec.isAbstract()) {
				assertTrue(pkg.getIdentified().isSuperTypeOf(ec), ec.getName() + " must carry a stable GUID");
			}
		}
		assertTrue(pkg.getIdentified_Guid().isID(), "the GUID is the EMF ID, so EMF finds objects by it");
	}

	@Test
	void generatedCodeMatchesTheEcoreFileShippedInTheBundle() {
		ResourceSet rs = new ResourceSetImpl();
		rs.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		URI uri = URI.createURI(ExcerptaPackage.class.getResource("/model/excerpta.ecore").toString());
		Resource r = rs.getResource(uri, true);
		EPackage fromFile = (EPackage) r.getContents().get(0);
		assertEquals(pkg.getNsURI(), fromFile.getNsURI());
		assertEquals(signature(fromFile), signature(pkg),
				"src-gen is out of date with model/excerpta.ecore: regenerate (releng/emf-codegen)");
	}

	private static Set<String> signature(EPackage p) {
		Set<String> s = new TreeSet<>();
		for (EClassifier c : p.getEClassifiers()) {
			s.add(c.getName());
			if (c instanceof EClass ec) {
				for (EStructuralFeature f : ec.getEStructuralFeatures()) {
					s.add(c.getName() + "." + f.getName() + ":" + f.getEType().getName() + "[" + f.getLowerBound() + ".."
							+ f.getUpperBound() + "]");
				}
			} else if (c instanceof EEnum e) {
				for (EEnumLiteral l : e.getELiterals()) {
					s.add(c.getName() + "." + l.getName() + "=" + l.getLiteral());
				}
			}
		}
		return s;
	}

	@Test
	void variableTypesAreTheSixOfRefiQda() {
		// typeOfVariableType in Project-mrt2019.xsd
		assertEquals(List.of("Text", "Boolean", "Integer", "Float", "Date", "DateTime"),
				pkg.getVariableType().getELiterals().stream().map(EEnumLiteral::getLiteral).toList());
	}

	@Test
	void codesNestToAnyDepthAndAreCodableByDefault() {
		Code root = ExcerptaFactory.eINSTANCE.createCode();
		Code child = ExcerptaFactory.eINSTANCE.createCode();
		Code grandChild = ExcerptaFactory.eINSTANCE.createCode();
		root.getChildren().add(child);
		child.getChildren().add(grandChild);
		assertEquals(root, grandChild.eContainer().eContainer());
		assertTrue(grandChild.isCodable(), "REFI-QDA codes are codable unless said otherwise");
	}

	@Test
	void aSelectionHoldsCodingsOfSeveralCoders() {
		TextSelection sel = ExcerptaFactory.eINSTANCE.createTextSelection();
		sel.setStart(0);
		sel.setEnd(12);
		sel.getCodings().add(ExcerptaFactory.eINSTANCE.createCoding());
		sel.getCodings().add(ExcerptaFactory.eINSTANCE.createCoding());
		assertEquals(2, sel.getCodings().size());
		assertFalse(pkg.getCoding_Coder().isContainment(), "a coding refers to its coder, it does not own it");
		assertTrue(sel instanceof Identified);
	}
}
