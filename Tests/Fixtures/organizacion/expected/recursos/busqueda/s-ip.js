window.LIBRO_BUSQUEDA.recibir("s-ip",["equip","logotip"]);
