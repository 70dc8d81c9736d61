window.LIBRO_BUSQUEDA.recibir("s-se",["base","fase","mese"]);
