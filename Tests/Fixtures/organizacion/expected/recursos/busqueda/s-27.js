window.LIBRO_BUSQUEDA.recibir("s-27",["2027"]);
