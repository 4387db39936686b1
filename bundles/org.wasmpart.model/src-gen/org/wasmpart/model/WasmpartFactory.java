/**
 * Copyright (c) 2026 the wasmpart authors. SPDX-License-Identifier: EPL-2.0
 */
package org.wasmpart.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.wasmpart.model.WasmpartPackage
 * @generated
 */
public interface WasmpartFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	WasmpartFactory eINSTANCE = org.wasmpart.model.impl.WasmpartFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Source</em>'.
	 * @generated
	 */
	Source createSource();

	/**
	 * Returns a new object of class '<em>Catalog</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Catalog</em>'.
	 * @generated
	 */
	Catalog createCatalog();

	/**
	 * Returns a new object of class '<em>Board</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Board</em>'.
	 * @generated
	 */
	Board createBoard();

	/**
	 * Returns a new object of class '<em>Core</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Core</em>'.
	 * @generated
	 */
	Core createCore();

	/**
	 * Returns a new object of class '<em>Protection Unit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Protection Unit</em>'.
	 * @generated
	 */
	ProtectionUnit createProtectionUnit();

	/**
	 * Returns a new object of class '<em>Memory Bank</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Memory Bank</em>'.
	 * @generated
	 */
	MemoryBank createMemoryBank();

	/**
	 * Returns a new object of class '<em>Reserved Entry Profile</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reserved Entry Profile</em>'.
	 * @generated
	 */
	ReservedEntryProfile createReservedEntryProfile();

	/**
	 * Returns a new object of class '<em>Reserved Entry</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reserved Entry</em>'.
	 * @generated
	 */
	ReservedEntry createReservedEntry();

	/**
	 * Returns a new object of class '<em>Runtime Profile</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Runtime Profile</em>'.
	 * @generated
	 */
	RuntimeProfile createRuntimeProfile();

	/**
	 * Returns a new object of class '<em>Memory Option</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Memory Option</em>'.
	 * @generated
	 */
	MemoryOption createMemoryOption();

	/**
	 * Returns a new object of class '<em>Design</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Design</em>'.
	 * @generated
	 */
	Design createDesign();

	/**
	 * Returns a new object of class '<em>Toolchain</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Toolchain</em>'.
	 * @generated
	 */
	Toolchain createToolchain();

	/**
	 * Returns a new object of class '<em>Wasm Module</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Wasm Module</em>'.
	 * @generated
	 */
	WasmModule createWasmModule();

	/**
	 * Returns a new object of class '<em>Shared Region</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Shared Region</em>'.
	 * @generated
	 */
	SharedRegion createSharedRegion();

	/**
	 * Returns a new object of class '<em>Subpartition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Subpartition</em>'.
	 * @generated
	 */
	Subpartition createSubpartition();

	/**
	 * Returns a new object of class '<em>Access Discipline</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Access Discipline</em>'.
	 * @generated
	 */
	AccessDiscipline createAccessDiscipline();

	/**
	 * Returns a new object of class '<em>Grant</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Grant</em>'.
	 * @generated
	 */
	Grant createGrant();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	WasmpartPackage getWasmpartPackage();

} //WasmpartFactory
