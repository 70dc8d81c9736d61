window.LIBRO_BUSQUEDA.recibir("t-ne",{"necesit":[3,[38,1,62,1,47,1,95,1,51,1,99,1]],"negativ":[3,[36,3,53,1,55,1,58,1,48,1,96,1,49,1,97,1]],"networking":[1,[38,1,64,1]]});
