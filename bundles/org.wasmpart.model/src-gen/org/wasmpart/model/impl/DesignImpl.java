/**
 * Copyright (c) 2026 the wasmpart authors. SPDX-License-Identifier: EPL-2.0
 */
package org.wasmpart.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.wasmpart.model.Board;
import org.wasmpart.model.Catalog;
import org.wasmpart.model.Core;
import org.wasmpart.model.Design;
import org.wasmpart.model.MemoryOption;
import org.wasmpart.model.ReservedEntry;
import org.wasmpart.model.ReservedEntryProfile;
import org.wasmpart.model.RuntimeProfile;
import org.wasmpart.model.SharedRegion;
import org.wasmpart.model.WasmModule;
import org.wasmpart.model.WasmpartPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Design</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.wasmpart.model.impl.DesignImpl#getBoard <em>Board</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.DesignImpl#getCore <em>Core</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.DesignImpl#getRuntime <em>Runtime</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.DesignImpl#getProfiles <em>Profiles</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.DesignImpl#getMemoryOption <em>Memory Option</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.DesignImpl#getReservations <em>Reservations</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.DesignImpl#getDefinitions <em>Definitions</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.DesignImpl#getModules <em>Modules</em>}</li>
 *   <li>{@link org.wasmpart.model.impl.DesignImpl#getRegions <em>Regions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DesignImpl extends IdentifiedImpl implements Design {
	/**
	 * The cached value of the '{@link #getBoard() <em>Board</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBoard()
	 * @generated
	 * @ordered
	 */
	protected Board board;

	/**
	 * The cached value of the '{@link #getCore() <em>Core</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCore()
	 * @generated
	 * @ordered
	 */
	protected Core core;

	/**
	 * The cached value of the '{@link #getRuntime() <em>Runtime</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuntime()
	 * @generated
	 * @ordered
	 */
	protected RuntimeProfile runtime;

	/**
	 * The cached value of the '{@link #getProfiles() <em>Profiles</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProfiles()
	 * @generated
	 * @ordered
	 */
	protected EList<ReservedEntryProfile> profiles;

	/**
	 * The cached value of the '{@link #getMemoryOption() <em>Memory Option</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryOption()
	 * @generated
	 * @ordered
	 */
	protected MemoryOption memoryOption;

	/**
	 * The cached value of the '{@link #getReservations() <em>Reservations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReservations()
	 * @generated
	 * @ordered
	 */
	protected EList<ReservedEntry> reservations;

	/**
	 * The cached value of the '{@link #getDefinitions() <em>Definitions</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinitions()
	 * @generated
	 * @ordered
	 */
	protected Catalog definitions;

	/**
	 * The cached value of the '{@link #getModules() <em>Modules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModules()
	 * @generated
	 * @ordered
	 */
	protected EList<WasmModule> modules;

	/**
	 * The cached value of the '{@link #getRegions() <em>Regions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegions()
	 * @generated
	 * @ordered
	 */
	protected EList<SharedRegion> regions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DesignImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return WasmpartPackage.Literals.DESIGN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Board getBoard() {
		if (board != null && board.eIsProxy()) {
			InternalEObject oldBoard = (InternalEObject)board;
			board = (Board)eResolveProxy(oldBoard);
			if (board != oldBoard) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WasmpartPackage.DESIGN__BOARD, oldBoard, board));
			}
		}
		return board;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Board basicGetBoard() {
		return board;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBoard(Board newBoard) {
		Board oldBoard = board;
		board = newBoard;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.DESIGN__BOARD, oldBoard, board));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Core getCore() {
		if (core != null && core.eIsProxy()) {
			InternalEObject oldCore = (InternalEObject)core;
			core = (Core)eResolveProxy(oldCore);
			if (core != oldCore) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WasmpartPackage.DESIGN__CORE, oldCore, core));
			}
		}
		return core;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Core basicGetCore() {
		return core;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCore(Core newCore) {
		Core oldCore = core;
		core = newCore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.DESIGN__CORE, oldCore, core));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RuntimeProfile getRuntime() {
		if (runtime != null && runtime.eIsProxy()) {
			InternalEObject oldRuntime = (InternalEObject)runtime;
			runtime = (RuntimeProfile)eResolveProxy(oldRuntime);
			if (runtime != oldRuntime) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WasmpartPackage.DESIGN__RUNTIME, oldRuntime, runtime));
			}
		}
		return runtime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RuntimeProfile basicGetRuntime() {
		return runtime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRuntime(RuntimeProfile newRuntime) {
		RuntimeProfile oldRuntime = runtime;
		runtime = newRuntime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.DESIGN__RUNTIME, oldRuntime, runtime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReservedEntryProfile> getProfiles() {
		if (profiles == null) {
			profiles = new EObjectResolvingEList<ReservedEntryProfile>(ReservedEntryProfile.class, this, WasmpartPackage.DESIGN__PROFILES);
		}
		return profiles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MemoryOption getMemoryOption() {
		if (memoryOption != null && memoryOption.eIsProxy()) {
			InternalEObject oldMemoryOption = (InternalEObject)memoryOption;
			memoryOption = (MemoryOption)eResolveProxy(oldMemoryOption);
			if (memoryOption != oldMemoryOption) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, WasmpartPackage.DESIGN__MEMORY_OPTION, oldMemoryOption, memoryOption));
			}
		}
		return memoryOption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MemoryOption basicGetMemoryOption() {
		return memoryOption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemoryOption(MemoryOption newMemoryOption) {
		MemoryOption oldMemoryOption = memoryOption;
		memoryOption = newMemoryOption;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.DESIGN__MEMORY_OPTION, oldMemoryOption, memoryOption));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReservedEntry> getReservations() {
		if (reservations == null) {
			reservations = new EObjectContainmentEList<ReservedEntry>(ReservedEntry.class, this, WasmpartPackage.DESIGN__RESERVATIONS);
		}
		return reservations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Catalog getDefinitions() {
		return definitions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDefinitions(Catalog newDefinitions, NotificationChain msgs) {
		Catalog oldDefinitions = definitions;
		definitions = newDefinitions;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, WasmpartPackage.DESIGN__DEFINITIONS, oldDefinitions, newDefinitions);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefinitions(Catalog newDefinitions) {
		if (newDefinitions != definitions) {
			NotificationChain msgs = null;
			if (definitions != null)
				msgs = ((InternalEObject)definitions).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - WasmpartPackage.DESIGN__DEFINITIONS, null, msgs);
			if (newDefinitions != null)
				msgs = ((InternalEObject)newDefinitions).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - WasmpartPackage.DESIGN__DEFINITIONS, null, msgs);
			msgs = basicSetDefinitions(newDefinitions, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, WasmpartPackage.DESIGN__DEFINITIONS, newDefinitions, newDefinitions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WasmModule> getModules() {
		if (modules == null) {
			modules = new EObjectContainmentEList<WasmModule>(WasmModule.class, this, WasmpartPackage.DESIGN__MODULES);
		}
		return modules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SharedRegion> getRegions() {
		if (regions == null) {
			regions = new EObjectContainmentEList<SharedRegion>(SharedRegion.class, this, WasmpartPackage.DESIGN__REGIONS);
		}
		return regions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case WasmpartPackage.DESIGN__RESERVATIONS:
				return ((InternalEList<?>)getReservations()).basicRemove(otherEnd, msgs);
			case WasmpartPackage.DESIGN__DEFINITIONS:
				return basicSetDefinitions(null, msgs);
			case WasmpartPackage.DESIGN__MODULES:
				return ((InternalEList<?>)getModules()).basicRemove(otherEnd, msgs);
			case WasmpartPackage.DESIGN__REGIONS:
				return ((InternalEList<?>)getRegions()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case WasmpartPackage.DESIGN__BOARD:
				if (resolve) return getBoard();
				return basicGetBoard();
			case WasmpartPackage.DESIGN__CORE:
				if (resolve) return getCore();
				return basicGetCore();
			case WasmpartPackage.DESIGN__RUNTIME:
				if (resolve) return getRuntime();
				return basicGetRuntime();
			case WasmpartPackage.DESIGN__PROFILES:
				return getProfiles();
			case WasmpartPackage.DESIGN__MEMORY_OPTION:
				if (resolve) return getMemoryOption();
				return basicGetMemoryOption();
			case WasmpartPackage.DESIGN__RESERVATIONS:
				return getReservations();
			case WasmpartPackage.DESIGN__DEFINITIONS:
				return getDefinitions();
			case WasmpartPackage.DESIGN__MODULES:
				return getModules();
			case WasmpartPackage.DESIGN__REGIONS:
				return getRegions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case WasmpartPackage.DESIGN__BOARD:
				setBoard((Board)newValue);
				return;
			case WasmpartPackage.DESIGN__CORE:
				setCore((Core)newValue);
				return;
			case WasmpartPackage.DESIGN__RUNTIME:
				setRuntime((RuntimeProfile)newValue);
				return;
			case WasmpartPackage.DESIGN__PROFILES:
				getProfiles().clear();
				getProfiles().addAll((Collection<? extends ReservedEntryProfile>)newValue);
				return;
			case WasmpartPackage.DESIGN__MEMORY_OPTION:
				setMemoryOption((MemoryOption)newValue);
				return;
			case WasmpartPackage.DESIGN__RESERVATIONS:
				getReservations().clear();
				getReservations().addAll((Collection<? extends ReservedEntry>)newValue);
				return;
			case WasmpartPackage.DESIGN__DEFINITIONS:
				setDefinitions((Catalog)newValue);
				return;
			case WasmpartPackage.DESIGN__MODULES:
				getModules().clear();
				getModules().addAll((Collection<? extends WasmModule>)newValue);
				return;
			case WasmpartPackage.DESIGN__REGIONS:
				getRegions().clear();
				getRegions().addAll((Collection<? extends SharedRegion>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case WasmpartPackage.DESIGN__BOARD:
				setBoard((Board)null);
				return;
			case WasmpartPackage.DESIGN__CORE:
				setCore((Core)null);
				return;
			case WasmpartPackage.DESIGN__RUNTIME:
				setRuntime((RuntimeProfile)null);
				return;
			case WasmpartPackage.DESIGN__PROFILES:
				getProfiles().clear();
				return;
			case WasmpartPackage.DESIGN__MEMORY_OPTION:
				setMemoryOption((MemoryOption)null);
				return;
			case WasmpartPackage.DESIGN__RESERVATIONS:
				getReservations().clear();
				return;
			case WasmpartPackage.DESIGN__DEFINITIONS:
				setDefinitions((Catalog)null);
				return;
			case WasmpartPackage.DESIGN__MODULES:
				getModules().clear();
				return;
			case WasmpartPackage.DESIGN__REGIONS:
				getRegions().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case WasmpartPackage.DESIGN__BOARD:
				return board != null;
			case WasmpartPackage.DESIGN__CORE:
				return core != null;
			case WasmpartPackage.DESIGN__RUNTIME:
				return runtime != null;
			case WasmpartPackage.DESIGN__PROFILES:
				return profiles != null && !profiles.isEmpty();
			case WasmpartPackage.DESIGN__MEMORY_OPTION:
				return memoryOption != null;
			case WasmpartPackage.DESIGN__RESERVATIONS:
				return reservations != null && !reservations.isEmpty();
			case WasmpartPackage.DESIGN__DEFINITIONS:
				return definitions != null;
			case WasmpartPackage.DESIGN__MODULES:
				return modules != null && !modules.isEmpty();
			case WasmpartPackage.DESIGN__REGIONS:
				return regions != null && !regions.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //DesignImpl
