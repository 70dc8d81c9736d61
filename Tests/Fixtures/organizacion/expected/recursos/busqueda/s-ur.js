window.LIBRO_BUSQUEDA.recibir("s-ur",["estructur","lectur","rosaur"]);
