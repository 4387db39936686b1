/**
 * Copyright (c) 2026 the wasmpart authors. SPDX-License-Identifier: EPL-2.0
 */
package org.wasmpart.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Catalog</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.wasmpart.model.Catalog#getName <em>Name</em>}</li>
 *   <li>{@link org.wasmpart.model.Catalog#getBoards <em>Boards</em>}</li>
 *   <li>{@link org.wasmpart.model.Catalog#getProfiles <em>Profiles</em>}</li>
 *   <li>{@link org.wasmpart.model.Catalog#getRuntimes <em>Runtimes</em>}</li>
 *   <li>{@link org.wasmpart.model.Catalog#getMemoryOptions <em>Memory Options</em>}</li>
 * </ul>
 *
 * @see org.wasmpart.model.WasmpartPackage#getCatalog()
 * @model
 * @generated
 */
public interface Catalog extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.wasmpart.model.WasmpartPackage#getCatalog_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.Catalog#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Boards</b></em>' containment reference list.
	 * The list contents are of type {@link org.wasmpart.model.Board}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Boards</em>' containment reference list.
	 * @see org.wasmpart.model.WasmpartPackage#getCatalog_Boards()
	 * @model containment="true"
	 * @generated
	 */
	EList<Board> getBoards();

	/**
	 * Returns the value of the '<em><b>Profiles</b></em>' containment reference list.
	 * The list contents are of type {@link org.wasmpart.model.ReservedEntryProfile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Profiles</em>' containment reference list.
	 * @see org.wasmpart.model.WasmpartPackage#getCatalog_Profiles()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReservedEntryProfile> getProfiles();

	/**
	 * Returns the value of the '<em><b>Runtimes</b></em>' containment reference list.
	 * The list contents are of type {@link org.wasmpart.model.RuntimeProfile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Runtimes</em>' containment reference list.
	 * @see org.wasmpart.model.WasmpartPackage#getCatalog_Runtimes()
	 * @model containment="true"
	 * @generated
	 */
	EList<RuntimeProfile> getRuntimes();

	/**
	 * Returns the value of the '<em><b>Memory Options</b></em>' containment reference list.
	 * The list contents are of type {@link org.wasmpart.model.MemoryOption}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memory Options</em>' containment reference list.
	 * @see org.wasmpart.model.WasmpartPackage#getCatalog_MemoryOptions()
	 * @model containment="true"
	 * @generated
	 */
	EList<MemoryOption> getMemoryOptions();

} // Catalog
