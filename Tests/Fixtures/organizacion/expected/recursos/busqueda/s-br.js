window.LIBRO_BUSQUEDA.recibir("s-br",["cubr","libr","sabr"]);
