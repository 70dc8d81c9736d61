window.LIBRO_BUSQUEDA.recibir("t-ic",{"ics":[3,[43,1,87,1,1,1,1,1,1,1,2,1]]});
