window.LIBRO_BUSQUEDA.recibir("s-nz",["alianz","avanz","semblanz"]);
