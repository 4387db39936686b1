/**
 * Copyright (c) 2026 the wasmpart authors. SPDX-License-Identifier: EPL-2.0
 */
package org.wasmpart.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Design</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.wasmpart.model.Design#getBoard <em>Board</em>}</li>
 *   <li>{@link org.wasmpart.model.Design#getCore <em>Core</em>}</li>
 *   <li>{@link org.wasmpart.model.Design#getRuntime <em>Runtime</em>}</li>
 *   <li>{@link org.wasmpart.model.Design#getProfiles <em>Profiles</em>}</li>
 *   <li>{@link org.wasmpart.model.Design#getMemoryOption <em>Memory Option</em>}</li>
 *   <li>{@link org.wasmpart.model.Design#getReservations <em>Reservations</em>}</li>
 *   <li>{@link org.wasmpart.model.Design#getDefinitions <em>Definitions</em>}</li>
 *   <li>{@link org.wasmpart.model.Design#getModules <em>Modules</em>}</li>
 *   <li>{@link org.wasmpart.model.Design#getRegions <em>Regions</em>}</li>
 * </ul>
 *
 * @see org.wasmpart.model.WasmpartPackage#getDesign()
 * @model
 * @generated
 */
public interface Design extends Identified {
	/**
	 * Returns the value of the '<em><b>Board</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Board</em>' reference.
	 * @see #setBoard(Board)
	 * @see org.wasmpart.model.WasmpartPackage#getDesign_Board()
	 * @model required="true"
	 * @generated
	 */
	Board getBoard();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.Design#getBoard <em>Board</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Board</em>' reference.
	 * @see #getBoard()
	 * @generated
	 */
	void setBoard(Board value);

	/**
	 * Returns the value of the '<em><b>Core</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The core the modules run on; may be omitted when the board has one core.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Core</em>' reference.
	 * @see #setCore(Core)
	 * @see org.wasmpart.model.WasmpartPackage#getDesign_Core()
	 * @model
	 * @generated
	 */
	Core getCore();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.Design#getCore <em>Core</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Core</em>' reference.
	 * @see #getCore()
	 * @generated
	 */
	void setCore(Core value);

	/**
	 * Returns the value of the '<em><b>Runtime</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Runtime</em>' reference.
	 * @see #setRuntime(RuntimeProfile)
	 * @see org.wasmpart.model.WasmpartPackage#getDesign_Runtime()
	 * @model required="true"
	 * @generated
	 */
	RuntimeProfile getRuntime();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.Design#getRuntime <em>Runtime</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Runtime</em>' reference.
	 * @see #getRuntime()
	 * @generated
	 */
	void setRuntime(RuntimeProfile value);

	/**
	 * Returns the value of the '<em><b>Profiles</b></em>' reference list.
	 * The list contents are of type {@link org.wasmpart.model.ReservedEntryProfile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Profiles</em>' reference list.
	 * @see org.wasmpart.model.WasmpartPackage#getDesign_Profiles()
	 * @model
	 * @generated
	 */
	EList<ReservedEntryProfile> getProfiles();

	/**
	 * Returns the value of the '<em><b>Memory Option</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memory Option</em>' reference.
	 * @see #setMemoryOption(MemoryOption)
	 * @see org.wasmpart.model.WasmpartPackage#getDesign_MemoryOption()
	 * @model required="true"
	 * @generated
	 */
	MemoryOption getMemoryOption();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.Design#getMemoryOption <em>Memory Option</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Option</em>' reference.
	 * @see #getMemoryOption()
	 * @generated
	 */
	void setMemoryOption(MemoryOption value);

	/**
	 * Returns the value of the '<em><b>Reservations</b></em>' containment reference list.
	 * The list contents are of type {@link org.wasmpart.model.ReservedEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reservations of this design on top of its profiles'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reservations</em>' containment reference list.
	 * @see org.wasmpart.model.WasmpartPackage#getDesign_Reservations()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReservedEntry> getReservations();

	/**
	 * Returns the value of the '<em><b>Definitions</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Boards, profiles, runtimes and options defined in this design rather than taken from the built-in catalog.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Definitions</em>' containment reference.
	 * @see #setDefinitions(Catalog)
	 * @see org.wasmpart.model.WasmpartPackage#getDesign_Definitions()
	 * @model containment="true"
	 * @generated
	 */
	Catalog getDefinitions();

	/**
	 * Sets the value of the '{@link org.wasmpart.model.Design#getDefinitions <em>Definitions</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definitions</em>' containment reference.
	 * @see #getDefinitions()
	 * @generated
	 */
	void setDefinitions(Catalog value);

	/**
	 * Returns the value of the '<em><b>Modules</b></em>' containment reference list.
	 * The list contents are of type {@link org.wasmpart.model.WasmModule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modules</em>' containment reference list.
	 * @see org.wasmpart.model.WasmpartPackage#getDesign_Modules()
	 * @model containment="true"
	 * @generated
	 */
	EList<WasmModule> getModules();

	/**
	 * Returns the value of the '<em><b>Regions</b></em>' containment reference list.
	 * The list contents are of type {@link org.wasmpart.model.SharedRegion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Regions</em>' containment reference list.
	 * @see org.wasmpart.model.WasmpartPackage#getDesign_Regions()
	 * @model containment="true"
	 * @generated
	 */
	EList<SharedRegion> getRegions();

} // Design
