window.LIBRO_BUSQUEDA.recibir("s-ri",["glosari","teori"]);
